package io.complaints.intake.register;

import java.util.List;

/** One page of a unit's complaints, newest first. */
public record ComplaintPage(List<ComplaintView> items, int page, int size, long total) {
}

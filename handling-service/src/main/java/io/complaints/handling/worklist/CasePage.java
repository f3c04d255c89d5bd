package io.complaints.handling.worklist;

import java.util.List;

/** One page of a work list, soonest due first. */
public record CasePage(List<CaseView> cases, int page, int size, long total) {
}

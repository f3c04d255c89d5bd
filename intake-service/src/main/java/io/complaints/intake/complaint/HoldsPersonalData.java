package io.complaints.intake.complaint;

import java.util.function.UnaryOperator;

/**
 * An event that holds the complainant's personal data: their contact, the text they wrote, reasons they
 * gave. Intake's store keeps these texts sealed under the complainant's key and opens them when read
 * ({@code io.complaints.intake.personaldata}), so that erasing the key erases them.
 */
public interface HoldsPersonalData {

    /** The complaint whose complainant the data is of. */
    String complaintId();

    /** The same event with each personal text replaced by {@code text} of it (sealed, or opened). */
    HoldsPersonalData withPersonalData(UnaryOperator<String> text);
}

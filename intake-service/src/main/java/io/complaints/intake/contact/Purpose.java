package io.complaints.intake.contact;

/** Why someone needs a complainant's full contact; every look-up names one. */
public enum Purpose {
    /** the callback (回访) after the remedy */
    CALLBACK,
    /** the responsible department contacts the complainant during the investigation */
    INVESTIGATION,
    /** the complainant gets the outcome or an explanation (e.g. of an invalid complaint) */
    NOTIFICATION
}

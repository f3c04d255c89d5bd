package io.complaints.events;

/** How the complainant was called back (回访方式). */
public enum CallbackMethod {
    PHONE, VISIT, MESSAGE,
    /** The complainant answered the callback's questions in the self-service portal. */
    ONLINE
}

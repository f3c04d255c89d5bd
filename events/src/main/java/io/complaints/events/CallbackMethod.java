package io.complaints.events;

/** How the complainant was called back (回访方式). */
public enum CallbackMethod {
    PHONE, VISIT, MESSAGE
}

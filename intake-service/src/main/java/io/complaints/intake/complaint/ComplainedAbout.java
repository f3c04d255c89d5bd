package io.complaints.intake.complaint;

/** What and who a complaint is about; every part is optional. */
public record ComplainedAbout(String unitCode, String department, String person, String productOrService) {
}

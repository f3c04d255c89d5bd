package io.complaints.events;

/**
 * What and who a complaint is about; every part is optional.
 *
 * @param unitCode the organisation unit complained about
 * @param person   the staff member complained about (handling keeps them off the case: 回避)
 */
public record ComplainedAbout(String unitCode, String department, String person, String productOrService) {
}

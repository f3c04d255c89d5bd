package io.complaints.events;

/** A handler of the responsible department took the case; {@code previousHandlerId} when replaced (回避). */
public record HandlerAssigned(String complaintId, String handlerId, String handlerDepartment, String previousHandlerId) {
}

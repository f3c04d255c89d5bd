package io.complaints.notification.alerting;

/** Who is told: everyone holding a role in a unit, e.g. the leadership of SH-PD. */
public record Recipient(String role, String unit) {

    String key() {
        return role + "@" + unit;
    }
}

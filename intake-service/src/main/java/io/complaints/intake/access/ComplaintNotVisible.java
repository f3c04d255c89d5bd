package io.complaints.intake.access;

/**
 * No complaint has this id, or none the caller may see: answered alike with 404, so that a complaint
 * of another unit does not show it exists.
 */
public class ComplaintNotVisible extends RuntimeException {

    public ComplaintNotVisible() {
        super("No complaint has this id");
    }
}

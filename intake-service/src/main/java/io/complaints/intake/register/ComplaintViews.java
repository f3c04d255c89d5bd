package io.complaints.intake.register;

import java.util.Optional;

import io.complaints.intake.complaint.ComplainantErased;
import io.complaints.intake.complaint.Complainant;
import io.complaints.intake.complaint.ComplainedAbout;
import io.complaints.intake.complaint.ComplaintAmended;
import io.complaints.intake.complaint.ComplaintDetails;
import io.complaints.intake.complaint.ComplaintRegistered;
import io.complaints.intake.complaint.ComplaintWithdrawn;

/**
 * How intake's events shape the view of a complaint: one fold, used by the register as the events are
 * stored and by a read as of a past instant, which replays the complaint's events up to it.
 */
final class ComplaintViews {

    private ComplaintViews() {
    }

    /** The view after {@code event}, from the view before it (empty before the registration). */
    static Optional<ComplaintView> evolve(Optional<ComplaintView> before, Object event) {
        return switch (event) {
            case ComplaintRegistered registered -> Optional.of(registered(registered));
            case ComplaintAmended amended -> before.map(view -> amended(view, amended));
            case ComplaintWithdrawn withdrawn -> before.map(view -> withdrawn(view, withdrawn));
            case ComplainantErased erased -> before.map(view -> erased(view, erasure(erased)));
            default -> before;
        };
    }

    static ComplaintView registered(ComplaintRegistered registered) {
        ComplaintDetails d = registered.details();
        return new ComplaintView(registered.complaintId(), registered.registrationNumber(), registered.unitCode(),
                registered.unitPath(), ComplaintView.Status.REGISTERED, d.channel(), d.category(), d.level(),
                !d.prioritySources().isEmpty(), d.prioritySources().stream().sorted().toList(), d.description(),
                d.demand(), d.occurredAt(), about(d.complainedAbout()), d.groupSize(), registered.resolvedAtIntake(),
                registered.repeatOf() == null ? null : new ComplaintView.LinkView(registered.repeatOf().complaintId(),
                        registered.repeatOf().registrationNumber()),
                complainant(registered.complainantReference(), registered.complainant()), registered.receivedAt(),
                registered.actor().id(), 0, null, null, null);
    }

    static ComplaintView amended(ComplaintView before, ComplaintAmended amended) {
        ComplaintDetails d = amended.details();
        return new ComplaintView(before.complaintId(), before.registrationNumber(), before.unitCode(),
                before.unitPath(), before.status(), d.channel(), d.category(), d.level(),
                !d.prioritySources().isEmpty(), d.prioritySources().stream().sorted().toList(), d.description(),
                d.demand(), d.occurredAt(), about(d.complainedAbout()), d.groupSize(), before.resolvedAtIntake(),
                before.repeatOf(), complainant(amended.complainantReference(), amended.complainant()),
                before.receivedAt(), before.receivedBy(), before.amendments() + 1, amended.amendedAt(),
                before.withdrawal(), before.erasure());
    }

    static ComplaintView withdrawn(ComplaintView before, ComplaintWithdrawn withdrawn) {
        return new ComplaintView(before.complaintId(), before.registrationNumber(), before.unitCode(),
                before.unitPath(), ComplaintView.Status.WITHDRAWN, before.channel(), before.category(), before.level(),
                before.priority(), before.prioritySources(), before.description(), before.demand(), before.occurredAt(),
                before.complainedAbout(), before.groupSize(), before.resolvedAtIntake(), before.repeatOf(),
                before.complainant(), before.receivedAt(), before.receivedBy(), before.amendments(),
                before.lastAmendedAt(),
                new ComplaintView.WithdrawalView(withdrawn.reason(), withdrawn.withdrawnAt(), withdrawn.actor().id()),
                before.erasure());
    }

    /**
     * The view once the complainant's personal data is erased: the facts and figures stay, their contact,
     * their texts and the reasons they gave are gone.
     */
    static ComplaintView erased(ComplaintView before, ComplaintView.ErasureView erasure) {
        ComplaintView.ComplainantView contact = before.complainant();
        return new ComplaintView(before.complaintId(), before.registrationNumber(), before.unitCode(),
                before.unitPath(), before.status(), before.channel(), before.category(), before.level(),
                before.priority(), before.prioritySources(), null, null, before.occurredAt(), before.complainedAbout(),
                before.groupSize(), null, before.repeatOf(),
                new ComplaintView.ComplainantView(contact.reference(), null, null, null, contact.contactConsent()),
                before.receivedAt(), before.receivedBy(), before.amendments(), before.lastAmendedAt(),
                before.withdrawal() == null ? null : new ComplaintView.WithdrawalView(null,
                        before.withdrawal().withdrawnAt(), before.withdrawal().withdrawnBy()),
                erasure);
    }

    static ComplaintView.ErasureView erasure(ComplainantErased erased) {
        return new ComplaintView.ErasureView(erased.erasedAt(), erased.actor().id(), erased.reason());
    }

    private static ComplaintView.ComplainedAboutView about(ComplainedAbout about) {
        return about == null ? null : new ComplaintView.ComplainedAboutView(about.unitCode(), about.department(),
                about.person(), about.productOrService());
    }

    private static ComplaintView.ComplainantView complainant(String reference, Complainant complainant) {
        Complainant.Masked masked = complainant.masked();
        return new ComplaintView.ComplainantView(reference, masked.name(), masked.phone(), masked.email(),
                complainant.contactConsent());
    }
}

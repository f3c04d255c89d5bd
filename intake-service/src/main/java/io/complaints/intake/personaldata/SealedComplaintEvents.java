package io.complaints.intake.personaldata;

import java.util.Optional;

import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

import io.complaints.intake.complaint.CallbackAnswered;
import io.complaints.intake.complaint.ComplaintAmended;
import io.complaints.intake.complaint.ComplaintRegistered;
import io.complaints.intake.complaint.HoldsPersonalData;
import io.complaints.intake.complaint.RemedyDecisionGiven;
import io.complaints.platform.axon.PayloadSealing;

/**
 * Intake's events as they are stored: the complainant's contact and texts sealed under their key, which
 * is created with the complaint's registration. An event of a complaint stored before sealing existed
 * (no key) is stored as it comes, as its earlier events were; events read back open the same way, so
 * that those earlier events read as before (and cannot be shredded: see the README).
 */
@Component
class SealedComplaintEvents implements PayloadSealing {

    private final PersonalData vault;

    SealedComplaintEvents(PersonalData vault) {
        this.vault = vault;
    }

    @Override
    public Object seal(DomainEventMessage<?> event) {
        if (!(event.getPayload() instanceof HoldsPersonalData holds)) {
            return event.getPayload();
        }
        return sealer(holds).map(sealer -> (Object) holds.withPersonalData(sealer::seal)).orElse(holds);
    }

    @Override
    public Object open(DomainEventMessage<?> stored) {
        if (!(stored.getPayload() instanceof HoldsPersonalData holds)) {
            return stored.getPayload();
        }
        return holds.withPersonalData(vault.opener()::text);
    }

    private Optional<PersonalData.Sealer> sealer(HoldsPersonalData event) {
        String reference = switch (event) {
            case ComplaintRegistered registered -> registered.complainantReference();
            case ComplaintAmended amended -> amended.complainantReference();
            case RemedyDecisionGiven decided -> decided.complainantReference();
            case CallbackAnswered answered -> answered.complainantReference();
            default -> null;
        };
        return reference != null ? Optional.of(vault.sealer(reference, event.complaintId()))
                : vault.sealerOfComplaint(event.complaintId());
    }
}

package io.complaints.intake.personaldata;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import io.complaints.intake.complaint.ComplainantErased;

/** Destroys the complainant's key in the transaction that stores their erasure. */
@Component
@ProcessingGroup(PersonalData.ERASURE)
class KeyErasure {

    private final PersonalData vault;

    KeyErasure(PersonalData vault) {
        this.vault = vault;
    }

    @EventHandler
    void on(ComplainantErased erased) {
        vault.destroy(erased.complainantReference());
    }
}

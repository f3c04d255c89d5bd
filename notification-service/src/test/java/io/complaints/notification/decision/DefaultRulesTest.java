package io.complaints.notification.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.complaints.events.CloudEvent;
import io.complaints.events.EscalationReason;
import io.complaints.events.TimeLimit;
import io.complaints.notification.Events;
import io.complaints.notification.complainant.ComplainantProperties;
import io.complaints.notification.delivery.Channel;
import io.complaints.notification.delivery.Delivery;
import io.complaints.notification.delivery.DeliveryStatus;
import io.complaints.notification.directory.Language;
import io.complaints.notification.rules.RuleBook;
import io.complaints.notification.rules.ShippedConfiguration;

/**
 * The rules table and directory shipped in application.yml, applied to DOMAIN.md's situations: who
 * is told of what, by which channel, in which language.
 */
class DefaultRulesTest {

    private final RuleBook rules = ShippedConfiguration.ruleBook();
    private final DeliveryPlanner planner = new DeliveryPlanner(ShippedConfiguration.directory(),
            new ComplainantProperties(URI.create("http://127.0.0.1:8081"),
                    URI.create("http://127.0.0.1:18080/realms/complaints/protocol/openid-connect/token"),
                    "notification-service", "dev-only-notification-secret", Duration.ofSeconds(5), Language.ZH_CN));
    private final Events complaint = new Events(Events.SH_PD);
    private final CaseFacts caseAtPudong = new CaseFacts(complaint.complaintId(), complaint.registrationNumber(),
            Events.SH_PD, 2, "billing", "handler.wang");

    @Test
    void aMajorComplaintAlertsTheUnitsLeadershipAndHeadquartersAtOnceByEmail() {
        assertThat(deliveriesOf(complaint.received(1), Optional.empty()))
                .extracting(Delivery::rule, Delivery::recipientRole, Delivery::recipientUnit, Delivery::recipientId,
                        Delivery::channel, Delivery::language, Delivery::status)
                .containsExactlyInAnyOrder(
                        tuple("level-1-alert", "leadership", "SH-PD", "shpd.leader", Channel.EMAIL, Language.ZH_CN,
                                DeliveryStatus.PENDING),
                        tuple("level-1-alert", "hq-supervisor", "HQ", "hq.supervisor", Channel.EMAIL, Language.EN,
                                DeliveryStatus.PENDING));
    }

    @Test
    void aComplaintReTriagedAsMajorAlertsTheUnitsLeadershipAndHeadquartersAsAtRegistration() {
        var raised = complaint.handlingEvent(new io.complaints.events.CaseRetriaged(complaint.complaintId(), 3, 1,
                "billing", "billing", true, "the complainant was injured", java.time.Instant.now(),
                io.complaints.events.CaseStatus.INVESTIGATING));
        var caseOfLevelThree = new CaseFacts(complaint.complaintId(), complaint.registrationNumber(), Events.SH_PD, 3,
                "billing", "handler.wang");
        assertThat(deliveriesOf(raised, Optional.of(caseOfLevelThree)))
                .extracting(Delivery::rule, Delivery::recipientRole, Delivery::recipientUnit, Delivery::recipientId)
                .containsExactlyInAnyOrder(tuple("raised-to-level-1", "leadership", "SH-PD", "shpd.leader"),
                        tuple("raised-to-level-1", "hq-supervisor", "HQ", "hq.supervisor"));
        var lowered = complaint.handlingEvent(new io.complaints.events.CaseRetriaged(complaint.complaintId(), 1, 2,
                "billing", "billing", true, "no injury after all", java.time.Instant.now(),
                io.complaints.events.CaseStatus.INVESTIGATING));
        assertThat(deliveriesOf(lowered, Optional.of(caseAtPudong))).isEmpty();
    }

    @Test
    void lessSevereComplaintsAlertNobodyUnlessHandledWithPriority() {
        for (int level = 2; level <= 4; level++) {
            assertThat(deliveriesOf(complaint.received(level), Optional.empty())).as("level %d", level).isEmpty();
        }
        assertThat(deliveriesOf(complaint.received(3, true, Events.PHONE_ONLY), Optional.empty()))
                .extracting(Delivery::rule, Delivery::recipientId)
                .containsExactly(tuple("priority-complaint", "shpd.coordinator"));
    }

    @Test
    void theComplainantIsAcknowledgedOnlyWithAnEmailAddressAndConsent() {
        assertThat(deliveriesOf(complaint.received(3, false, Events.WITH_EMAIL), Optional.empty()))
                .extracting(Delivery::rule, Delivery::recipientRole, Delivery::complainantReference, Delivery::channel)
                .containsExactly(tuple("acknowledgement", "complainant", Events.WITH_EMAIL.reference(), Channel.EMAIL));
        var noConsent = new io.complaints.events.ComplainantRef("ref-x", "王*", null, "w***@example.org", false);
        assertThat(deliveriesOf(complaint.received(3, false, noConsent), Optional.empty())).isEmpty();
        assertThat(deliveriesOf(complaint.received(3, false, Events.PHONE_ONLY), Optional.empty())).isEmpty();
    }

    @Test
    void anEscalationTellsTheSupervisorsOfTheTargetLevel() {
        assertThat(deliveriesOf(complaint.escalated(Events.SH, Events.HQ, EscalationReason.LEVEL_1_AT_TRIAGE),
                Optional.of(caseAtPudong)))
                .extracting(Delivery::rule, Delivery::recipientRole, Delivery::recipientUnit, Delivery::recipientId)
                .containsExactly(tuple("escalated-to-hq", "hq-supervisor", "HQ", "hq.supervisor"));
        assertThat(deliveriesOf(complaint.escalated(Events.SH_PD, Events.SH, EscalationReason.DEADLINE_MISSED),
                Optional.of(caseAtPudong)))
                .extracting(Delivery::rule, Delivery::recipientRole, Delivery::recipientUnit, Delivery::recipientId)
                .containsExactly(tuple("escalated-to-subsidiary", "supervisor", "SH", "sh.leader"));
    }

    @Test
    void aReminderGoesToTheOwnerOfTheMissedDeadlineAndTheirManager() {
        assertThat(deliveriesOf(complaint.reminder(TimeLimit.SETTLE, "billing", "handler.wang"), Optional.of(caseAtPudong)))
                .extracting(Delivery::rule, Delivery::recipientRole, Delivery::recipientId)
                .containsExactlyInAnyOrder(tuple("deadline-reminder", "handler", "handler.wang"),
                        tuple("deadline-reminder", "manager", "shpd.billing.manager"));
        assertThat(deliveriesOf(complaint.reminder(TimeLimit.TRIAGE, null, null), Optional.of(caseAtPudong)))
                .as("before triage the coordinator owns the case")
                .extracting(Delivery::rule, Delivery::recipientRole, Delivery::recipientId)
                .containsExactlyInAnyOrder(tuple("triage-reminder", "coordinator", "shpd.coordinator"),
                        tuple("triage-reminder", "leadership", "shpd.leader"));
    }

    @Test
    void anOverdueActionRemindsItsOwnerWhateverTheirRoleAndNobodyElse() {
        var dueDate = java.time.LocalDate.parse("2026-11-20");
        assertThat(deliveriesOf(complaint.handlingEvent(new io.complaints.events.ActionOverdue(complaint.complaintId(), 2,
                1, "handler.wang", dueDate)), Optional.of(caseAtPudong)))
                .extracting(Delivery::rule, Delivery::recipientRole, Delivery::recipientId, Delivery::channel,
                        Delivery::status)
                .containsExactly(tuple("action-overdue", "action-owner", "handler.wang", Channel.EMAIL,
                        DeliveryStatus.PENDING));
        List<Delivery> toTheManager = deliveriesOf(complaint.handlingEvent(new io.complaints.events.ActionOverdue(
                complaint.complaintId(), 2, 2, "shpd.billing.manager", dueDate)), Optional.of(caseAtPudong));
        assertThat(toTheManager).extracting(Delivery::recipientId).as("a manager owns this one")
                .containsExactly("shpd.billing.manager");
        assertThat(toTheManager.getFirst().fields()).containsEntry("registrationNumber", complaint.registrationNumber())
                .containsEntry("remedyNumber", "2").containsEntry("actionNumber", "2")
                .containsEntry("dueDate", "2026-11-20");
        var message = new io.complaints.notification.template.Templates().render("action-overdue", Language.EN,
                toTheManager.getFirst().fields());
        assertThat(message.subject()).contains(complaint.registrationNumber(), "action 2 overdue");
        assertThat(message.body()).contains("remedy 2", "2026-11-20");
    }

    @Test
    void anOverdueActionOfSomeoneTheDirectoryDoesNotKnowShowsThatNobodyWasTold() {
        assertThat(deliveriesOf(complaint.handlingEvent(new io.complaints.events.ActionOverdue(complaint.complaintId(), 1,
                1, "contractor.liu", java.time.LocalDate.parse("2026-11-20"))), Optional.of(caseAtPudong)))
                .extracting(Delivery::rule, Delivery::channel, Delivery::status, Delivery::recipientRole)
                .containsExactly(tuple("action-overdue", Channel.NONE, DeliveryStatus.FAILED, "action-owner"));
    }

    @Test
    void aRemedyAwaitingApprovalGoesToTheApproversOfTheCasesUnit() {
        assertThat(deliveriesOf(complaint.remedyProposed(true), Optional.of(caseAtPudong)))
                .extracting(Delivery::rule, Delivery::recipientRole, Delivery::recipientUnit, Delivery::recipientId)
                .containsExactly(tuple("remedy-approval", "approver", "SH-PD", "shpd.approver"));
        assertThat(deliveriesOf(complaint.remedyProposed(false), Optional.of(caseAtPudong))).isEmpty();
    }

    @Test
    void aCallbackInstructionGoesToCallbackAgentsOutsideTheResponsibleDepartment() {
        assertThat(deliveriesOf(complaint.callbackInstructed("billing"), Optional.of(caseAtPudong)))
                .extracting(Delivery::rule, Delivery::recipientId)
                .containsExactly(tuple("callback-instructed", "shpd.callback"));
        assertThat(deliveriesOf(complaint.callbackInstructed("service"), Optional.of(caseAtPudong)))
                .as("the only callback agent is of the responsible department: nobody to tell, and that shows")
                .extracting(Delivery::channel, Delivery::status, Delivery::recipientRole)
                .containsExactly(tuple(Channel.NONE, DeliveryStatus.FAILED, "callback-agent"));
    }

    @Test
    void nobodyInTheDirectoryIsOneFailedEntryThatSaysSo() {
        var elsewhere = new Events(new io.complaints.events.UnitRef("SH-XH", List.of("HQ", "SH", "SH-XH")));
        assertThat(deliveriesOf(elsewhere.received(1), Optional.empty()))
                .extracting(Delivery::recipientRole, Delivery::recipientUnit, Delivery::channel, Delivery::status)
                .containsExactlyInAnyOrder(tuple("leadership", "SH-XH", Channel.NONE, DeliveryStatus.FAILED),
                        tuple("hq-supervisor", "HQ", Channel.EMAIL, DeliveryStatus.PENDING));
    }

    @Test
    void theSameEventIsAlwaysPlannedWithTheSameIds() {
        CloudEvent<Object> event = complaint.received(1);
        assertThat(deliveriesOf(event, Optional.empty())).extracting(Delivery::id)
                .isEqualTo(deliveriesOf(event, Optional.empty()).stream().map(Delivery::id).toList());
    }

    private List<Delivery> deliveriesOf(CloudEvent<Object> event, Optional<CaseFacts> known) {
        var occurrence = Occurrences.of(event, known);
        return rules.noticesOf(occurrence).stream()
                .flatMap(notice -> planner.plan(occurrence, notice, Instant.now()).stream()).toList();
    }
}

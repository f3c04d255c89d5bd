package io.complaints.notification.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import io.complaints.notification.Yaml;
import io.complaints.notification.template.Templates;

/** {@code complaints.notifications.rules} as the service checks it at start-up: it refuses to start with a broken table. */
class RulesConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(RulesConfiguration.class, Templates.class);

    @Test
    void startsWithAValidTable() {
        withYaml("""
                complaints.notifications.rules:
                  - name: level-1-alert
                    event: ComplaintReceived
                    when: { levels: [1] }
                    recipients: [{ role: leadership, unit: EVENT_UNIT }, { role: hq-supervisor, unit: HEADQUARTERS }]
                    channels: [EMAIL, WEBHOOK]
                    template: level-1-alert
                  - name: escalation
                    event: Escalated
                    when: { target-levels: [HEADQUARTERS], reasons: [DEADLINE_MISSED] }
                    recipients: [{ role: hq-supervisor, unit: ESCALATION_TARGET }]
                    channels: [WEBHOOK]
                    template: escalation
                """).run(context -> {
            assertThat(context).hasNotFailed();
            RuleBook book = context.getBean(RuleBook.class);
            assertThat(book.rules()).extracting(Rule::name).containsExactly("level-1-alert", "escalation");
            assertThat(book.rules().get(1).when().targetLevels()).containsExactly(UnitLevel.HEADQUARTERS);
            assertThat(book.rules().get(0).recipients()).extracting(Recipient::unit)
                    .containsExactly(UnitRelation.EVENT_UNIT, UnitRelation.HEADQUARTERS);
        });
    }

    @Test
    void refusesAnEventThatDoesNotExist() {
        refuses("""
                complaints.notifications.rules:
                  - { name: x, event: ComplaintRecieved, recipients: [{ role: leadership }], channels: [EMAIL], template: level-1-alert }
                """, "rule 'x': 'ComplaintRecieved' is not an event");
    }

    @Test
    void refusesAConditionTheEventCannotAnswer() {
        refuses("""
                complaints.notifications.rules:
                  - name: x
                    event: RemedyProposed
                    when: { reasons: [BY_HAND] }
                    recipients: [{ role: approver }]
                    channels: [EMAIL]
                    template: remedy-approval
                """, "rule 'x': a condition RemedyProposed cannot answer: reasons (only [Escalated] carry it)");
    }

    @Test
    void refusesRecipientsTheEventCannotName() {
        refuses("""
                complaints.notifications.rules:
                  - { name: x, event: CaseClosed, recipients: [{ role: handler, unit: DEADLINE_OWNER }], channels: [EMAIL], template: reminder }
                """, "rule 'x': recipients CaseClosed cannot name: DEADLINE_OWNER");
        refuses("""
                complaints.notifications.rules:
                  - { name: x, event: CaseClosed, recipients: [{ role: complainant }], channels: [EMAIL], template: acknowledgement }
                """, "rule 'x': recipients CaseClosed cannot name: the complainant (only [ComplaintReceived] carry them)");
        refuses("""
                complaints.notifications.rules:
                  - { name: x, event: ReminderIssued, recipients: [{ role: action-owner }], channels: [EMAIL], template: reminder }
                """, "rule 'x': recipients ReminderIssued cannot name: the action's owner (only [ActionOverdue] name one)");
    }

    @Test
    void refusesTheComplainantWithoutEmail() {
        refuses("""
                complaints.notifications.rules:
                  - { name: x, event: ComplaintReceived, recipients: [{ role: complainant }], channels: [WEBHOOK], template: acknowledgement }
                """, "the complainant is told by EMAIL only");
    }

    @Test
    void refusesALevelThatDoesNotExistAndAnUnknownChannel() {
        refuses("""
                complaints.notifications.rules:
                  - { name: x, event: ComplaintReceived, when: { levels: [0] }, recipients: [{ role: leadership }], channels: [EMAIL], template: level-1-alert }
                """, "levels are 1 (major) to 4 (minor), not [0]");
        refuses("""
                complaints.notifications.rules:
                  - { name: x, event: ComplaintReceived, recipients: [{ role: leadership }], channels: [SMS], template: level-1-alert }
                """, "complaints.notifications.rules[0].channels[0]");
    }

    @Test
    void refusesATemplateMissingInALanguage() {
        refuses("""
                complaints.notifications.rules:
                  - { name: x, event: ComplaintReceived, recipients: [{ role: leadership }], channels: [EMAIL], template: no-such-message }
                """, "rule 'x': template 'no-such-message' has no subject in zh-CN");
    }

    @Test
    void refusesTwoRulesOfOneName() {
        refuses("""
                complaints.notifications.rules:
                  - { name: x, event: ComplaintReceived, recipients: [{ role: leadership }], channels: [EMAIL], template: level-1-alert }
                  - { name: x, event: CaseClosed, recipients: [{ role: leadership }], channels: [EMAIL], template: level-1-alert }
                """, "complaints.notifications.rules names 'x' twice");
    }

    private void refuses(String yaml, String reason) {
        withYaml(yaml).run(context -> assertThat(context).hasFailed().getFailure().hasStackTraceContaining(reason));
    }

    private ApplicationContextRunner withYaml(String yaml) {
        return Yaml.with(runner, yaml);
    }
}

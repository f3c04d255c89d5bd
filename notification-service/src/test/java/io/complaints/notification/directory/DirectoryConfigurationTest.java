package io.complaints.notification.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import io.complaints.events.UnitRef;
import io.complaints.notification.Yaml;

/** {@code complaints.notifications.directory} as the service reads it, and what it refuses to start with. */
class DirectoryConfigurationTest {

    private static final UnitRef PUDONG = new UnitRef("SH-PD", List.of("HQ", "SH", "SH-PD"));

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Directory.class);

    @Test
    void findsThePeopleOfAnAudience() {
        Yaml.with(runner, """
                complaints.notifications.directory.people:
                  - { id: leader, unit: SH-PD, roles: [leadership, approver], email: leader@example.com, language: en }
                  - { id: wang, unit: SH-PD, roles: [handler], department: billing, webhook: ops }
                  - { id: li, unit: SH-PD, roles: [handler], department: billing, email: li@example.com }
                  - { id: zhao, unit: SH-PD, roles: [handler], department: service, email: zhao@example.com }
                """).run(context -> {
            assertThat(context).hasNotFailed();
            Directory directory = context.getBean(Directory.class);
            assertThat(directory.resolve(Audience.of("approver", PUDONG))).extracting(Person::id, Person::language)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("leader", Language.EN));
            assertThat(directory.resolve(new Audience("handler", PUDONG, "billing", null, null))).extracting(Person::id)
                    .containsExactly("wang", "li");
            assertThat(directory.resolve(new Audience("handler", PUDONG, "billing", "li", null))).extracting(Person::id)
                    .as("the handler meant").containsExactly("li");
            assertThat(directory.resolve(new Audience("handler", PUDONG, null, null, "billing"))).extracting(Person::id)
                    .containsExactly("zhao");
            assertThat(directory.person("wang").orElseThrow().language()).isEqualTo(Language.ZH_CN);
            assertThat(directory.person("leader").orElseThrow().toString()).doesNotContain("@example.com");
        });
    }

    @Test
    void refusesAPersonWithoutAChannel() {
        refuses("""
                complaints.notifications.directory.people:
                  - { id: leader, unit: SH-PD, roles: [leadership] }
                """, "person 'leader' has no channel: give an email, a webhook or both");
    }

    @Test
    void refusesALanguageItDoesNotOffer() {
        refuses("""
                complaints.notifications.directory.people:
                  - { id: leader, unit: SH-PD, roles: [leadership], email: leader@example.com, language: fr }
                """, "complaints.notifications.directory.people[0].language");
    }

    @Test
    void refusesAPersonNamedTwiceAndAMalformedAddress() {
        refuses("""
                complaints.notifications.directory.people:
                  - { id: leader, unit: SH-PD, roles: [leadership], email: leader@example.com }
                  - { id: leader, unit: SH, roles: [leadership], email: leader2@example.com }
                """, "complaints.notifications.directory names 'leader' twice");
        refuses("""
                complaints.notifications.directory.people:
                  - { id: leader, unit: SH-PD, roles: [leadership], email: not-an-address }
                """, "person 'leader' has an e-mail address that is not one");
    }

    private void refuses(String yaml, String reason) {
        Yaml.with(runner, yaml).run(context -> assertThat(context).hasFailed().getFailure()
                .hasStackTraceContaining(reason));
    }
}

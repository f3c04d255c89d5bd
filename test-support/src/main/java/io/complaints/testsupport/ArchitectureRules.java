package io.complaints.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/** The boundaries every service keeps (STYLE.md), as ArchUnit rules its tests apply to its classes. */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** Rules live in the aggregates, free of Spring beyond Axon's stereotype annotation. */
    public static final ArchRule AGGREGATES_ARE_FREE_OF_SPRING = noClasses()
            .that().areAnnotatedWith("org.axonframework.spring.stereotype.Aggregate")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
            .because("aggregates decide by domain rules only; infrastructure stays at the edges");

    /** Aggregates neither talk to Kafka nor know the published contract: translators at the edge do. */
    public static final ArchRule AGGREGATES_DO_NOT_KNOW_THE_WIRE = noClasses()
            .that().areAnnotatedWith("org.axonframework.spring.stereotype.Aggregate")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "io.complaints.platform.outbox..")
            .orShould().dependOnClassesThat().haveNameMatching("io\\.complaints\\.events\\.(CloudEvent|Topics|EventTypes)")
            .because("domain events are not integration events");

    /** Controllers send commands; they never reach into aggregates or the event store's writes. */
    public static final ArchRule CONTROLLERS_DO_NOT_TOUCH_AGGREGATE_REPOSITORIES = noClasses()
            .that().areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.axonframework.modelling.command.Repository")
            .because("state changes go through commands")
            .allowEmptyShould(true);
}

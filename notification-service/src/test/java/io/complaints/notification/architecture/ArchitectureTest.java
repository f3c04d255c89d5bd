package io.complaints.notification.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import io.complaints.notification.delivery.ChannelSender;

@AnalyzeClasses(packages = "io.complaints.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Rules, directory, templates, delivery, channels and feed depend on each other one way only. */
    @ArchTest
    static final ArchRule slicesAreFreeOfCycles = slices().matching("io.complaints.notification.(*)..")
            .should().beFreeOfCycles();

    /**
     * A controller answers from the delivery log and hands a retry to the dispatcher; it never sends
     * over a channel, nor writes to the stores or the broker itself, so every send is logged once.
     */
    @ArchTest
    static final ArchRule controllersSendNothingThemselves = noClasses()
            .that().areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
            .should().dependOnClassesThat(assignableTo(ChannelSender.class))
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.data.mongodb.core.MongoTemplate")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.kafka.core.KafkaTemplate")
            .orShould().dependOnClassesThat().resideInAnyPackage("org.springframework.mail..", "java.net.http..")
            .because("deliveries go through the dispatcher, which logs each one");
}

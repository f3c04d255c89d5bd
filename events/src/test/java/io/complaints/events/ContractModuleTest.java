package io.complaints.events;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The published language is records and constants only, and depends on nothing but the JDK. */
@AnalyzeClasses(packages = "io.complaints.events", importOptions = ImportOption.DoNotIncludeTests.class)
class ContractModuleTest {

    @ArchTest
    static final ArchRule dependsOnTheJdkOnly = classes()
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.complaints.events..")
            .because("every service reads this contract; it must not drag Spring, Axon or a store along");

    @ArchTest
    static final ArchRule isRecordsEnumsAndConstants = classes()
            .that().areTopLevelClasses()
            .should().beRecords().orShould().beEnums()
            .orShould().haveModifier(com.tngtech.archunit.core.domain.JavaModifier.FINAL)
            .because("events are immutable values; the rest are constants");
}

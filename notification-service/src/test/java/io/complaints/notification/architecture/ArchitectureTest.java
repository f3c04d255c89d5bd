package io.complaints.notification.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import io.complaints.testsupport.ArchitectureRules;

@AnalyzeClasses(packages = "io.complaints.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Rules, directory, templates, delivery, channels and feed depend on each other one way only. */
    @ArchTest
    static final ArchRule slicesAreFreeOfCycles = slices().matching("io.complaints.notification.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule controllersSendCommands = ArchitectureRules.CONTROLLERS_DO_NOT_TOUCH_AGGREGATE_REPOSITORIES;
}

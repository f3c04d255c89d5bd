package io.complaints.intake.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import io.complaints.testsupport.ArchitectureRules;

@AnalyzeClasses(packages = "io.complaints.intake", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule aggregatesAreFreeOfSpring = ArchitectureRules.AGGREGATES_ARE_FREE_OF_SPRING;

    @ArchTest
    static final ArchRule aggregatesDoNotKnowTheWire = ArchitectureRules.AGGREGATES_DO_NOT_KNOW_THE_WIRE;

    @ArchTest
    static final ArchRule controllersSendCommands = ArchitectureRules.CONTROLLERS_DO_NOT_TOUCH_AGGREGATE_REPOSITORIES;
}

package io.complaints.platform.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class UnitDirectoryTest {

    private static final List<OrganisationProperties.Department> BRANCH_DEPARTMENTS = List.of(
            new OrganisationProperties.Department("billing", "收费部", "Billing"),
            new OrganisationProperties.Department("metering", "计量部", "Metering"));

    private final UnitDirectory units = new UnitDirectory(new OrganisationProperties(ZoneId.of("Asia/Shanghai"), List.of(
            new OrganisationProperties.Unit("HQ", "Headquarters", null, null,
                    List.of(new OrganisationProperties.Department("legal", "法务部", "Legal"))),
            new OrganisationProperties.Unit("SH", "Shanghai", "HQ", null, null),
            new OrganisationProperties.Unit("SH-PD", "Pudong", "SH", null, BRANCH_DEPARTMENTS),
            new OrganisationProperties.Unit("BJ", "Beijing", "HQ", null, null),
            new OrganisationProperties.Unit("BJ-CY", "Chaoyang", "BJ", null, null))));

    @Test
    void aUnitSeesItselfAndTheUnitsBelowItAndHeadquartersSeesAll() {
        assertThat(units.isWithin("SH-PD", "SH-PD")).isTrue();
        assertThat(units.isWithin("SH-PD", "SH")).isTrue();
        assertThat(units.isWithin("SH-PD", "HQ")).isTrue();
        assertThat(units.isWithin("SH", "SH-PD")).isFalse();
        assertThat(units.isWithin("BJ-CY", "SH")).isFalse();
        assertThat(units.isWithin("NOT-CONFIGURED", "HQ")).isTrue();
        assertThat(units.isWithin("NOT-CONFIGURED", "SH")).isFalse();
        assertThat(units.isWithin(List.of("HQ", "SH", "SH-PD"), "SH")).isTrue();
        assertThat(units.isWithin(List.of("HQ", "BJ", "BJ-CY"), "SH")).isFalse();
    }

    @Test
    void theSubtreeOfAUnitIsItselfAndEverythingBelow() {
        assertThat(units.subtreeOf("SH")).containsExactly("SH", "SH-PD");
        assertThat(units.subtreeOf("HQ")).containsExactly("BJ", "BJ-CY", "HQ", "SH", "SH-PD");
        assertThat(units.isTop("HQ")).isTrue();
        assertThat(units.isTop("SH")).isFalse();
    }

    @Test
    void eachUnitHasItsOwnDepartmentsFoundByCodeWhateverItsCase() {
        assertThat(units.department("SH-PD", " Billing ")).map(OrganisationProperties.Department::code).contains("billing");
        assertThat(units.department("SH-PD", "billing")).map(OrganisationProperties.Department::nameZh).contains("收费部");
        assertThat(units.department("SH-PD", "legal")).as("HQ's department is not the branch's").isEmpty();
        assertThat(units.department("BJ-CY", "billing")).isEmpty();
        assertThat(units.department("NOT-CONFIGURED", "billing")).isEmpty();
        assertThat(units.find("SH").orElseThrow().departments()).isEmpty();
        assertThat(units.departmentAnywhere("legal")).contains("legal");
        assertThat(units.departmentAnywhere("METERING")).contains("metering");
        assertThat(units.departmentAnywhere("catering")).isEmpty();
    }

    @Test
    void aUnitNamingADepartmentTwiceOrAMalformedCodeDoesNotStart() {
        var twice = List.of(new OrganisationProperties.Department("billing", "收费部", "Billing"),
                new OrganisationProperties.Department("Billing", "收费", "Bills"));
        assertThatThrownBy(() -> new UnitDirectory(new OrganisationProperties(ZoneId.of("Asia/Shanghai"),
                List.of(new OrganisationProperties.Unit("HQ", "Headquarters", null, null, twice)))))
                .hasMessageContaining("names department Billing twice");
        var malformed = List.of(new OrganisationProperties.Department("bil ling", "收费部", "Billing"));
        assertThatThrownBy(() -> new UnitDirectory(new OrganisationProperties(ZoneId.of("Asia/Shanghai"),
                List.of(new OrganisationProperties.Unit("HQ", "Headquarters", null, null, malformed)))))
                .hasMessageContaining("is not a department code");
    }

    @Test
    void theSampleOrganisationListsTheDepartmentsThePeopleOfTheSampleRealmBelongTo() throws Exception {
        var sources = new org.springframework.boot.env.YamlPropertySourceLoader().load("organisation",
                new org.springframework.core.io.ClassPathResource("complaints-organisation.yml"));
        UnitDirectory sample = new UnitDirectory(new org.springframework.boot.context.properties.bind.Binder(
                org.springframework.boot.context.properties.source.ConfigurationPropertySources.from(sources))
                .bind("complaints.organisation", OrganisationProperties.class).get());
        for (String unit : List.of("HQ", "SH", "SH-PD", "SH-XH", "BJ", "BJ-CY", "BJ-HD", "GZ", "GZ-TH")) {
            for (String department : List.of("customer-service", "billing", "service")) {
                assertThat(sample.department(unit, department)).as(unit + " " + department).isPresent();
            }
        }
        assertThat(sample.department("SH-PD", "metering")).map(OrganisationProperties.Department::nameEn)
                .contains("Metering");
        assertThat(sample.department("HQ", "quality")).map(OrganisationProperties.Department::nameZh).contains("质量管理部");
    }
}

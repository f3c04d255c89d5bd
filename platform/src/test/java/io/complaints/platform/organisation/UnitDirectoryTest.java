package io.complaints.platform.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class UnitDirectoryTest {

    private final UnitDirectory units = new UnitDirectory(new OrganisationProperties(ZoneId.of("Asia/Shanghai"), List.of(
            new OrganisationProperties.Unit("HQ", "Headquarters", null, null),
            new OrganisationProperties.Unit("SH", "Shanghai", "HQ", null),
            new OrganisationProperties.Unit("SH-PD", "Pudong", "SH", null),
            new OrganisationProperties.Unit("BJ", "Beijing", "HQ", null),
            new OrganisationProperties.Unit("BJ-CY", "Chaoyang", "BJ", null))));

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
}

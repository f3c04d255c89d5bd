package io.complaints.intake.registration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComplainantMaskingTest {

    @Test
    void mobileNumbersKeepTheirFirstThreeAndLastFourDigits() {
        assertThat(new Complainant("张三", "13812345678").masked().phone()).isEqualTo("138****5678");
        assertThat(new Complainant("张三", "+86 138-1234-5678").masked().phone()).isEqualTo("138****5678");
    }

    @Test
    void shortNumbersShowOnlyTheirLastTwoDigits() {
        assertThat(new Complainant("x", "12345").masked().phone()).isEqualTo("***45");
    }

    @Test
    void namesKeepTheirFirstCharacterOnly() {
        assertThat(new Complainant("张三丰", "1").masked().name()).isEqualTo("张**");
        assertThat(new Complainant("李", "1").masked().name()).isEqualTo("李*");
        assertThat(new Complainant("John Smith", "1").masked().name()).isEqualTo("J*********");
    }

    @Test
    void theContactNeverShowsInItsTextForm() {
        assertThat(new Complainant("张三", "13812345678").toString()).doesNotContain("张三", "13812345678");
    }
}

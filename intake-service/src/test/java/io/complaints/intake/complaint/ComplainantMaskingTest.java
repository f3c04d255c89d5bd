package io.complaints.intake.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComplainantMaskingTest {

    @Test
    void mobileNumbersKeepTheirFirstThreeAndLastFourDigits() {
        assertThat(person("张三", "13812345678").masked().phone()).isEqualTo("138****5678");
        assertThat(person("张三", "+86 138-1234-5678").masked().phone()).isEqualTo("138****5678");
    }

    @Test
    void shortNumbersShowOnlyTheirLastTwoDigits() {
        assertThat(person("x", "12345").masked().phone()).isEqualTo("***45");
    }

    @Test
    void namesKeepTheirFirstCharacterOnly() {
        assertThat(person("张三丰", "1").masked().name()).isEqualTo("张**");
        assertThat(person("李", "1").masked().name()).isEqualTo("李*");
        assertThat(person("John Smith", "1").masked().name()).isEqualTo("J*********");
    }

    @Test
    void emailsKeepTheirFirstLetterAndDomain() {
        assertThat(new Complainant("x", null, null, null, "Zhang.San@Example.com", false).masked().email())
                .isEqualTo("Z***@example.com");
    }

    @Test
    void theContactNeverShowsInItsTextForm() {
        assertThat(person("张三", "13812345678").toString()).doesNotContain("张三", "13812345678");
    }

    private static Complainant person(String name, String phone) {
        return new Complainant(name, null, null, phone, null, false);
    }
}

package io.complaints.intake.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

/** The limits of evidence files: their defaults, and a configuration that could never be kept is refused at start. */
class EvidencePropertiesTest {

    @Test
    void theDefaultsAreTenMegabytesOfTheSixUsualTypes() {
        EvidenceProperties defaults = bind(Map.of());

        assertThat(defaults.maxSize()).isEqualTo(DataSize.ofMegabytes(10));
        assertThat(defaults.allowedTypes()).containsExactly("image/jpeg", "image/png", "application/pdf", "audio/mpeg",
                "video/mp4", "text/plain");
    }

    @Test
    void aTypeThatCannotBeRecognisedByItsContentIsRefused() {
        assertThatThrownBy(() -> bind(Map.of("complaints.intake.evidence.allowed-types", "image/png,image/gif")))
                .rootCause().hasMessageContaining("image/gif cannot be recognised by its content");
    }

    private static EvidenceProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("complaints.intake.evidence", EvidenceProperties.class);
    }
}

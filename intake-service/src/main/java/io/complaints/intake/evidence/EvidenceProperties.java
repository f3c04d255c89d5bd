package io.complaints.intake.evidence;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What evidence files intake accepts. Keep {@code spring.servlet.multipart.max-file-size} a little
 * above {@code maxSize}, so that a file just over the limit is refused by this slice's own rule.
 *
 * @param maxSize      the largest file accepted
 * @param allowedTypes the content types accepted, judged by the file's content; each must be one
 *                     {@link ContentSniffer} recognises
 */
@ConfigurationProperties("complaints.intake.evidence")
public record EvidenceProperties(
        @DefaultValue("10MB") DataSize maxSize,
        @DefaultValue({"image/jpeg", "image/png", "application/pdf", "audio/mpeg", "video/mp4", "text/plain"})
        List<String> allowedTypes) {

    public EvidenceProperties {
        allowedTypes = List.copyOf(allowedTypes);
        if (maxSize.toBytes() <= 0) {
            throw new IllegalStateException("complaints.intake.evidence.max-size must be positive");
        }
        for (String type : allowedTypes) {
            if (!ContentSniffer.RECOGNISED.contains(type)) {
                throw new IllegalStateException("complaints.intake.evidence.allowed-types: " + type
                        + " cannot be recognised by its content; recognised are " + ContentSniffer.RECOGNISED);
            }
        }
    }
}

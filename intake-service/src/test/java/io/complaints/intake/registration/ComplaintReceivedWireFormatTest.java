package io.complaints.intake.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.complaints.events.Category;
import io.complaints.events.Channel;
import io.complaints.platform.Actor;
import io.complaints.platform.json.CloudEventCodec;

/**
 * Pins the published wire format of ComplaintReceived: a change to the JSON fails here on purpose.
 * A compatible change updates the golden file; an incompatible one needs a new type version.
 */
class ComplaintReceivedWireFormatTest {

    private final CloudEventCodec codec = new CloudEventCodec();

    private final ComplaintRegistered registered = new ComplaintRegistered("5f0c8a52-6a8e-4c8e-9f43-2d8f1f0a9b11",
            "SH-PD-202310010002", "SH-PD", List.of("HQ", "SH", "SH-PD"), Channel.GOVERNMENT_HOTLINE,
            Category.SERVICE_QUALITY, 2, "No hot water for three days", "0b7c2d0e-2f67-4d39-8d5e-2b1f3a9c4e55",
            new Complainant("张三", "13812345678"), Instant.parse("2023-10-01T02:15:30.250Z"),
            new Actor("agent.li", "SH-PD"));

    @Test
    void publishedJsonEqualsTheGoldenFile() throws IOException {
        byte[] published = codec.encode(ComplaintReceivedPublisher.toCloudEvent(registered,
                "8d3e7a10-1c55-4f5b-a3c2-7e6f5d4c3b2a", 0));

        var json = new ObjectMapper();
        assertThat(json.readTree(published)).isEqualTo(json.readTree(golden()));
    }

    @Test
    void theGoldenFileReadsBackIntoTheSameEvent() throws IOException {
        var expected = ComplaintReceivedPublisher.toCloudEvent(registered, "8d3e7a10-1c55-4f5b-a3c2-7e6f5d4c3b2a", 0);

        assertThat(codec.decode(golden())).contains(toObjectEvent(expected));
    }

    @Test
    void theFullContactIsNeverPublished() throws IOException {
        String published = new String(codec.encode(ComplaintReceivedPublisher.toCloudEvent(registered, "id", 0)),
                StandardCharsets.UTF_8);

        assertThat(published).doesNotContain("13812345678", "张三").contains("138****5678", "张*");
    }

    @SuppressWarnings("unchecked")
    private static io.complaints.events.CloudEvent<Object> toObjectEvent(io.complaints.events.CloudEvent<?> event) {
        return (io.complaints.events.CloudEvent<Object>) event;
    }

    private static byte[] golden() throws IOException {
        try (InputStream in = ComplaintReceivedWireFormatTest.class.getResourceAsStream("/golden/complaint-received.v1.json")) {
            return in.readAllBytes();
        }
    }
}

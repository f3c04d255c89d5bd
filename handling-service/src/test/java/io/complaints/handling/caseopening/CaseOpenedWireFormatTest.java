package io.complaints.handling.caseopening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.complaints.platform.Actor;
import io.complaints.platform.json.CloudEventCodec;

/** Pins the published wire format of CaseOpened: a change to the JSON fails here on purpose. */
class CaseOpenedWireFormatTest {

    private final CloudEventCodec codec = new CloudEventCodec();

    private final CaseOpened opened = new CaseOpened("5f0c8a52-6a8e-4c8e-9f43-2d8f1f0a9b11", "SH-PD-202310010002",
            "SH-PD", List.of("HQ", "SH", "SH-PD"), 2, Instant.parse("2023-10-01T02:15:30.250Z"),
            Instant.parse("2023-10-01T02:15:30.310Z"), new Actor("system", "SH-PD"));

    @Test
    void publishedJsonEqualsTheGoldenFile() throws IOException {
        byte[] published = codec.encode(CaseEventsPublisher.toCloudEvent(opened, "1b2c3d4e-0000-4000-8000-00000000abcd", 0));

        var json = new ObjectMapper();
        assertThat(json.readTree(published)).isEqualTo(json.readTree(golden()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGoldenFileReadsBackIntoTheSameEvent() throws IOException {
        var expected = (io.complaints.events.CloudEvent<Object>) (io.complaints.events.CloudEvent<?>)
                CaseEventsPublisher.toCloudEvent(opened, "1b2c3d4e-0000-4000-8000-00000000abcd", 0);

        assertThat(codec.decode(golden())).contains(expected);
    }

    private static byte[] golden() throws IOException {
        try (InputStream in = CaseOpenedWireFormatTest.class.getResourceAsStream("/golden/case-opened.v1.json")) {
            return in.readAllBytes();
        }
    }
}

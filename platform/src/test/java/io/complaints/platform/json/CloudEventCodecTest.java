package io.complaints.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CloudEventCodecTest {

    private final CloudEventCodec codec = new CloudEventCodec();

    @Test
    void anEventOfATypeThisReaderDoesNotKnowIsSkipped() {
        assertThat(codec.decode(json("""
                {"specversion":"1.0","id":"1","source":"/x","type":"io.complaints.Future.v9","subject":"c",
                 "time":"2023-10-01T00:00:00Z","data":{"anything":1}}"""))).isEmpty();
    }

    @Test
    void unreadableRecordsAreMalformed() {
        assertThatThrownBy(() -> codec.decode(json("not json"))).isInstanceOf(CloudEventCodec.MalformedEventException.class);
        assertThatThrownBy(() -> codec.decode(json("[1,2]"))).isInstanceOf(CloudEventCodec.MalformedEventException.class);
        assertThatThrownBy(() -> codec.decode(json("""
                {"specversion":"1.0","source":"/x","type":"io.complaints.intake.ComplaintReceived.v1","subject":"c",
                 "time":"2023-10-01T00:00:00Z","data":{}}""")))
                .isInstanceOf(CloudEventCodec.MalformedEventException.class)
                .hasMessageContaining("'id'");
        assertThatThrownBy(() -> codec.decode(json("""
                {"specversion":"1.0","id":"1","source":"/x","type":"io.complaints.intake.ComplaintReceived.v1",
                 "subject":"c","time":"2023-10-01T00:00:00Z"}""")))
                .isInstanceOf(CloudEventCodec.MalformedEventException.class)
                .hasMessageContaining("no data");
    }

    @Test
    void dataIsNeverBoundToATypeNamedInThePayload() {
        var decoded = codec.decode(json("""
                {"specversion":"1.0","id":"1","source":"/x","type":"io.complaints.handling.CaseOpened.v1","subject":"c",
                 "time":"2023-10-01T00:00:00Z",
                 "data":{"@class":"java.lang.ProcessBuilder","complaintId":"c","level":2}}"""));

        assertThat(decoded).hasValueSatisfying(event ->
                assertThat(event.data()).isInstanceOf(io.complaints.events.CaseOpened.class));
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

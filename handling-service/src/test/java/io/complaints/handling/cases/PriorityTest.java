package io.complaints.handling.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import io.complaints.events.Channel;
import io.complaints.events.ComplaintAmended;
import io.complaints.events.ComplaintReceived;
import io.complaints.events.PrioritySource;
import io.complaints.platform.json.CloudEventCodec;

/**
 * DOMAIN.md, "Priority": complaints arriving by government, consumer association or media are priority.
 * Intake records it with the complaint, and the case takes it as recorded; a complaint published before
 * intake recorded it (no {@code channelPriority} on the wire) still opens its case with the channel's priority.
 */
class PriorityTest {

    private final CloudEventCodec codec = new CloudEventCodec();

    private ComplaintReceived received(Channel channel, String sources, String recorded) {
        String json = """
                {"specversion":"1.0","id":"e-1","source":"/intake-service","type":"io.complaints.intake.ComplaintReceived.v1",
                 "subject":"c-1","time":"2026-11-01T01:00:00Z","datacontenttype":"application/json","actor":"agent.li",
                 "unit":"SH-PD","sequence":0,
                 "data":{"complaintId":"c-1","registrationNumber":"SH-PD-202611010001",
                   "unit":{"code":"SH-PD","path":["HQ","SH","SH-PD"]},"channel":"%s","category":"BILLING","level":3,
                   "description":"Billed twice","priority":%s,"prioritySources":[%s],"groupSize":1,
                   "receivedAt":"2026-11-01T01:00:00Z","receivedBy":"agent.li"%s}}"""
                .formatted(channel, !sources.isEmpty(), sources, recorded == null ? "" : ",\"channelPriority\":" + recorded);
        return (ComplaintReceived) codec.decode(json.getBytes(StandardCharsets.UTF_8)).orElseThrow().data();
    }

    private ComplaintAmended amended(Channel channel, String recorded) {
        String json = """
                {"specversion":"1.0","id":"e-2","source":"/intake-service","type":"io.complaints.intake.ComplaintAmended.v1",
                 "subject":"c-1","time":"2026-11-01T02:00:00Z","datacontenttype":"application/json","actor":"agent.li",
                 "unit":"SH-PD","sequence":1,
                 "data":{"complaintId":"c-1","registrationNumber":"SH-PD-202611010001","channel":"%s",
                   "category":"BILLING","level":3,"description":"Billed twice","priority":false,"prioritySources":[],
                   "groupSize":1,"changedFields":["channel"],"reason":"wrong channel",
                   "amendedAt":"2026-11-01T02:00:00Z","amendedBy":"agent.li"%s}}"""
                .formatted(channel, recorded == null ? "" : ",\"channelPriority\":" + recorded);
        return (ComplaintAmended) codec.decode(json.getBytes(StandardCharsets.UTF_8)).orElseThrow().data();
    }

    @ParameterizedTest
    @CsvSource({"GOVERNMENT_HOTLINE, GOVERNMENT", "CONSUMER_ASSOCIATION, CONSUMER_ASSOCIATION", "MEDIA, MEDIA"})
    void aComplaintByTheseChannelsIsPriorityAlsoWhenPublishedBeforeIntakeRecordedIt(Channel channel,
                                                                                    PrioritySource source) {
        assertThat(Priority.of(received(channel, "\"" + source + "\"", "true"))).containsExactly(source);
        assertThat(Priority.of(received(channel, "", null))).as("published before intake recorded it")
                .containsExactly(source);
        assertThat(Priority.of(received(channel, "\"KEY_ACCOUNT\"", null)))
                .containsExactlyInAnyOrder(PrioritySource.KEY_ACCOUNT, source);
        assertThat(Priority.of(amended(channel, null))).containsExactly(source);
    }

    @ParameterizedTest
    @EnumSource(value = Channel.class, names = {"GOVERNMENT_HOTLINE", "CONSUMER_ASSOCIATION", "MEDIA"})
    void theValueIntakeRecordedIsTheOneTheCaseTakes(Channel channel) {
        assertThat(Priority.of(received(channel, "", "false"))).isEmpty();
        assertThat(Priority.of(amended(channel, "false"))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Channel.class, names = {"GOVERNMENT_HOTLINE", "CONSUMER_ASSOCIATION", "MEDIA"},
            mode = EnumSource.Mode.EXCLUDE)
    void otherChannelsKeepTheSourcesIntakeGave(Channel channel) {
        assertThat(Priority.of(received(channel, "", null))).isEmpty();
        assertThat(Priority.of(received(channel, "\"VULNERABLE_GROUP\"", "false")))
                .containsExactly(PrioritySource.VULNERABLE_GROUP);
    }
}

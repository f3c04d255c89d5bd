package io.complaints.intake.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.complaints.intake.complaint.AttachEvidence;
import io.complaints.intake.complaint.EvidenceAttached;
import io.complaints.events.Category;
import io.complaints.events.Channel;
import io.complaints.intake.complaint.Complainant;
import io.complaints.intake.complaint.Complaint;
import io.complaints.intake.complaint.ComplaintDetails;
import io.complaints.intake.complaint.ComplaintRegistered;
import io.complaints.intake.complaint.ComplaintWithdrawn;
import io.complaints.platform.Actor;
import io.complaints.platform.RulesViolatedException;

/** The complaint's rule for evidence: attached while the complaint stands, refused once it is withdrawn. */
class EvidenceAttachmentTest {

    static final Instant NOW = Instant.parse("2023-10-01T02:00:00Z");
    static final Actor AGENT = new Actor("agent.li", "SH-PD");
    static final String NUMBER = "SH-PD-202310010001";
    static final String SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private AggregateTestFixture<Complaint> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Complaint.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void evidenceIsAttachedWithItsFactsButNotItsBytes() {
        fixture.given(registered())
                .when(attach("e-1"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new EvidenceAttached("c-1", "e-1", "发票.pdf", "application/pdf", 1234, SHA256, NOW, AGENT));
    }

    @Test
    void evidenceKeepsComingWhileTheComplaintStands() {
        fixture.given(registered(), new EvidenceAttached("c-1", "e-1", "发票.pdf", "application/pdf", 1234, SHA256, NOW,
                        AGENT))
                .when(attach("e-2"))
                .expectEvents(new EvidenceAttached("c-1", "e-2", "发票.pdf", "application/pdf", 1234, SHA256, NOW, AGENT));
    }

    @Test
    void noEvidenceIsAttachedToAWithdrawnComplaint() {
        fixture.given(registered(), new ComplaintWithdrawn("c-1", NUMBER, "the refund arrived", NOW, AGENT))
                .when(attach("e-1"))
                .expectException(notWithdrawn())
                .expectNoEvents();
    }

    @Test
    void theFileNameStaysOutOfTheTextOfCommandsAndEvents() {
        assertThat(attach("e-1").toString()).doesNotContain("发票");
        assertThat(new EvidenceAttached("c-1", "e-1", "发票.pdf", "application/pdf", 1, SHA256, NOW, AGENT).toString())
                .doesNotContain("发票").contains("e-1");
    }

    private static AttachEvidence attach(String evidenceId) {
        return new AttachEvidence("c-1", evidenceId, "发票.pdf", "application/pdf", 1234, SHA256, NOW, AGENT);
    }

    private static ComplaintRegistered registered() {
        var details = new ComplaintDetails(Channel.HOTLINE, Category.BILLING, 3, "Billed twice", "Refund",
                Instant.parse("2023-09-30T08:00:00Z"), null, Set.of(), 1);
        return new ComplaintRegistered("c-1", NUMBER, "SH-PD", List.of("HQ", "SH", "SH-PD"), details, "ref-1",
                new Complainant("张三", null, null, "13812345678", null, true), null, null, NOW, AGENT);
    }

    private static Matcher<RulesViolatedException> notWithdrawn() {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RulesViolatedException refused) {
                return refused.violations().size() == 1 && refused.violations().get(0).field() == null
                        && "not-withdrawn".equals(refused.violations().get(0).rule());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a refusal by the rule not-withdrawn");
            }
        };
    }
}

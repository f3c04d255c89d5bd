package io.complaints.analytics.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpHeaders.AUTHORIZATION;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import io.complaints.analytics.Callers;
import io.complaints.analytics.Story;
import io.complaints.analytics.TestStores;
import io.complaints.analytics.ledger.Ledger;
import io.complaints.analytics.readmodel.Generations;
import io.complaints.analytics.timeline.Timeline;
import io.complaints.events.CallbackCompleted;
import io.complaints.events.CallbackInstructed;
import io.complaints.events.CaseClosed;
import io.complaints.events.CaseOpened;
import io.complaints.events.CaseOutcome;
import io.complaints.events.CaseTriaged;
import io.complaints.events.DeadlineMet;
import io.complaints.events.Escalated;
import io.complaints.events.EscalationReason;
import io.complaints.events.FindingsRecorded;
import io.complaints.events.HandlerAssigned;
import io.complaints.events.OpenDeadline;
import io.complaints.events.RemedyAccepted;
import io.complaints.events.RemedyApproved;
import io.complaints.events.RemedyDeclined;
import io.complaints.events.RemedyExecuted;
import io.complaints.events.RemedyOffered;
import io.complaints.events.RemedyProposed;
import io.complaints.events.Satisfaction;
import io.complaints.events.TimeLimit;
import io.complaints.events.UnitRef;
import io.complaints.platform.Role;

/**
 * The archive (投诉档案) of a level-2 complaint of Pudong, from registration through findings, a
 * remedy declined, a second one deemed approved, accepted and executed, to a callback and closing:
 * its PDF's text holds the registration number, the findings, the remedy with its corrective and
 * preventive actions, the approval by silence and the callback's satisfaction, in both languages,
 * and nothing of the complainant; to another branch the complaint is unknown.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchiveTest {

    private static final UnitRef PUDONG = new UnitRef("SH-PD", List.of("HQ", "SH", "SH-PD"));
    private static final UnitRef SHANGHAI = new UnitRef("SH", List.of("HQ", "SH"));
    private static final Instant RECEIVED = Instant.parse("2026-11-02T01:00:00Z");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestStores.registerWithoutFeed(registry, "analytics_archive");
    }

    @Autowired
    private MockMvc http;

    @Autowired
    private Ledger ledger;

    @Autowired
    private Timeline timeline;

    @Autowired
    private Generations generations;

    @BeforeAll
    void aComplaintHandledToItsEnd() {
        String id = "a-1";
        Story.received(id, PUDONG, 2, RECEIVED)
                .then(Duration.ofSeconds(1), new CaseOpened(id, "SH-PD-a-1", PUDONG, 2, RECEIVED.plusSeconds(1)))
                .then(new CaseTriaged(id, 2, "billing", RECEIVED.plusSeconds(600)))
                .then(new Escalated(id, PUDONG, SHANGHAI, EscalationReason.LEVEL_2_AT_TRIAGE, null, RECEIVED, null))
                .then(new HandlerAssigned(id, "handler.zhao", "billing", null))
                .then(new FindingsRecorded(id, "抄表员误读水表，多计 12 吨", "METER-READING"))
                .then(new RemedyProposed(id, 1, "更正账单", "李主管", LocalDate.parse("2026-11-04"), "更正本户账单",
                        "抄表复核", true))
                .then(new RemedyApproved(id, 1, false, "同意"))
                .then(new RemedyOffered(id, 1))
                .then(new RemedyDeclined(id, 1, "还要退款", 1))
                .then(new RemedyProposed(id, 2, "更正账单并退还多收水费 120 元", "李主管", LocalDate.parse("2026-11-05"),
                        "更正本户账单并退款", "每月抽查 5% 抄表记录", true))
                .then(Duration.ofDays(2), new RemedyApproved(id, 2, true, null))
                .then(new RemedyOffered(id, 2))
                .then(new RemedyAccepted(id, 2))
                .then(new DeadlineMet(id, new OpenDeadline(TimeLimit.SETTLE, RECEIVED.plus(Duration.ofDays(3))),
                        RECEIVED.plus(Duration.ofDays(2))))
                .then(new RemedyExecuted(id, 2, "已退款 120 元"))
                .then(new CallbackInstructed(id, "billing"))
                .then(new CallbackCompleted(id, "callback.sun", "quality", Satisfaction.FAIRLY_SATISFIED, "处理及时"))
                .then(new CaseClosed(id, CaseOutcome.RESOLVED, Satisfaction.FAIRLY_SATISFIED,
                        RECEIVED.plus(Duration.ofDays(3))))
                .events().forEach(event -> {
                    ledger.apply(event, generations.live());
                    timeline.apply(event, generations.live());
                });
    }

    @Test
    void inChineseTheArchiveHoldsFindingsRemedyActionsApprovalByReasonOfSilenceAndTheCallback() throws Exception {
        String text = archive("/api/complaints/a-1/archive.pdf", Callers.of(Role.HANDLER, "SH-PD"),
                "archive-SH-PD-a-1-zh-CN.pdf");

        assertThat(text).contains("投诉档案", "SH-PD-a-1", "SH-PD Pudong branch", "服务热线", "计费/价格", "2 较严重");
        assertThat(text).contains("调查结论", "抄表员误读水表，多计 12 吨", "METER-READING 抄表差错");
        assertThat(text).contains("处理方案（含纠正与预防措施）", "更正账单并退还多收水费 120 元", "纠正措施: 更正本户账单并退款",
                "预防措施: 每月抽查 5% 抄表记录", "责任人: 李主管", "2026-11-05");
        assertThat(text).contains("视为已批准", "已批准", "投诉人拒绝", "还要退款", "投诉人接受");
        assertThat(text).contains("实施结果: 已退款 120 元", "满意度: 较满意", "回访人: callback.sun", "处理及时");
        assertThat(text).contains("由 SH-PD Pudong branch 升级至 SH Shanghai subsidiary", "分级为较严重");
        assertThat(text).contains("处理完毕", "按时完成", "已结案", "已解决", "全部处理记录", "受理投诉", "完成回访");
        assertThat(text).doesNotContain("张", "138").contains("个人信息由受理环节保密保存");
    }

    @Test
    void inEnglishTheSameArchive() throws Exception {
        String text = archive("/api/complaints/a-1/archive.pdf?lang=en", Callers.of(Role.COORDINATOR, "SH"),
                "archive-SH-PD-a-1-en.pdf");

        assertThat(text).contains("Complaint archive SH-PD-a-1", "Findings and cause", "抄表员误读水表，多计 12 吨",
                "METER-READING Meter reading", "Remedies, with corrective and preventive actions",
                "Corrective actions: 更正本户账单并退款", "Preventive actions: 每月抽查 5% 抄表记录",
                "Approved by silence (deemed approved)", "Declined by the complainant", "Result: 已退款 120 元",
                "Satisfaction: Fairly satisfied", "The whole history", "Called back");
    }

    @Test
    void toAnotherBranchTheComplaintIsUnknown() throws Exception {
        String chaoyang = http.perform(get("/api/complaints/a-1/archive.pdf")
                        .header(AUTHORIZATION, Callers.of(Role.COORDINATOR, "BJ-CY")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("No archive"))
                .andReturn().getResponse().getContentAsString();
        String unknown = http.perform(get("/api/complaints/nobody-knows/archive.pdf")
                        .header(AUTHORIZATION, Callers.supervisorHq()))
                .andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(chaoyang.replace("/a-1/", "/nobody-knows/")).as("the same answer as for a complaint nobody knows")
                .isEqualTo(unknown);
        http.perform(get("/api/complaints/a-1/archive.pdf").header(AUTHORIZATION, Callers.of(Role.HANDLER, "SH-XH")))
                .andExpect(status().isNotFound());
        http.perform(get("/api/complaints/a-1/archive.pdf?lang=de").header(AUTHORIZATION, Callers.supervisorHq()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lang"));
    }

    private String archive(String path, String authorization, String fileName) throws Exception {
        byte[] file = http.perform(get(path).header(AUTHORIZATION, authorization))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"" + fileName + "\""))
                .andReturn().getResponse().getContentAsByteArray();
        String directory = System.getProperty("reports.keep");
        if (directory != null) {
            Files.createDirectories(Path.of(directory));
            Files.write(Path.of(directory, fileName), file);
        }
        try (PDDocument pdf = Loader.loadPDF(file)) {
            return new PDFTextStripper().getText(pdf);
        }
    }
}

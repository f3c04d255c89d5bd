package io.complaints.analytics.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.complaints.analytics.Callers;
import io.complaints.analytics.Story;
import io.complaints.analytics.ledger.Ledger;
import io.complaints.analytics.readmodel.Generations;
import io.complaints.events.CaseOpened;
import io.complaints.events.CaseTriaged;
import io.complaints.events.DeadlineSet;
import io.complaints.events.Escalated;
import io.complaints.events.EscalationReason;
import io.complaints.events.FindingsRecorded;
import io.complaints.events.HandlerAssigned;
import io.complaints.events.OpenDeadline;
import io.complaints.events.TimeLimit;
import io.complaints.events.UnitRef;
import io.complaints.platform.Role;
import io.complaints.platform.limits.CallerPermits;
import io.complaints.analytics.TestStores;

/**
 * The ledger exports over HTTP: a known selection as CSV and as a workbook, read back as a
 * spreadsheet user would, and every refusal a problem before anything is written.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerExportTest {

    private static final Instant NOW = Instant.parse("2026-11-20T00:00:00Z");
    private static final Instant RECEIVED = Instant.parse("2026-10-31T17:00:00Z"); // 1 November in Shanghai
    private static final UnitRef PUDONG = new UnitRef("SH-PD", List.of("HQ", "SH", "SH-PD"));
    private static final UnitRef SHANGHAI = new UnitRef("SH", List.of("HQ", "SH"));
    private static final UnitRef CHAOYANG = new UnitRef("BJ-CY", List.of("HQ", "BJ", "BJ-CY"));

    private static final List<String> HEADERS = List.of("Registration number", "Unit", "Unit path", "Month",
            "Channel", "Category", "Level", "Priority", "Repeat", "Status", "Responsible department", "Handler",
            "Holder unit", "Escalation level", "Escalation reason", "Escalations", "Reopened", "Remedy declines",
            "Approved by silence", "Cause", "Satisfaction", "Outcome", "Overdue", "Limits met", "Limits missed",
            "Received at", "Case opened at", "Triaged at", "Contacted at", "Findings at", "Remedy proposed at",
            "Remedy approved at", "Remedy accepted at", "Remedy executed at", "Callback instructed at",
            "Called back at", "Invalidity explained at", "First escalated at", "Withdrawn at", "Closed at",
            "Description", "Demand", "Occurred at", "Complained-about unit", "Complained-about department",
            "Complained-about person", "Product or service", "Findings", "Remedy measures",
            "Remedy responsible person", "Remedy due date", "Corrective actions", "Preventive actions", "Result",
            "Invalidity reason", "Invalidity explanation", "Satisfaction with timeliness", "Callback method",
            "Callback comment");

    /** The open complaint received on 10 November, handled in Chinese. */
    private static final List<String> OPEN_ROW = List.of("SH-PD-c-2", "SH-PD", "HQ/SH/SH-PD", "2026-11",
            "HOTLINE", "BILLING", "2", "false", "false", "INVESTIGATING", "metering", "王经办", "SH", "2",
            "DEADLINE_MISSED", "1", "0", "0", "false", "抄表错误", "", "", "true", "", "",
            "2026-11-10T10:00:00+08:00", "2026-11-10T10:00:01+08:00", "2026-11-10T10:10:00+08:00", "",
            "2026-11-10T10:50:01+08:00", "", "", "", "", "", "", "", "2026-11-10T10:30:01+08:00", "", "",
            "Billed twice", "Refund the second charge", "", "", "", "", "", "抄表员读错了表", "", "", "", "", "", "",
            "", "", "", "", "");

    /** The whole story: escalated, approved by silence, declined once, reopened, closed satisfied. */
    private static final List<String> CLOSED_ROW = List.of("SH-PD-c-1", "SH-PD", "HQ/SH/SH-PD", "2026-11",
            "HOTLINE", "BILLING", "1", "false", "false", "CLOSED", "billing", "handler.zhao", "SH", "2",
            "LEVEL_2_AT_TRIAGE", "1", "1", "1", "true", "METER-READING", "SATISFIED", "RESOLVED", "true", "SETTLE",
            "CALLBACK", "2026-11-01T01:00:00+08:00", "2026-11-01T01:00:01+08:00", "2026-11-01T01:10:00+08:00", "",
            "2026-11-01T01:50:01+08:00", "2026-11-01T02:00:01+08:00", "2026-11-01T02:10:01+08:00",
            "2026-11-01T03:10:01+08:00", "2026-11-01T03:30:01+08:00", "2026-11-01T03:40:01+08:00",
            "2026-11-04T04:00:01+08:00", "", "2026-11-01T01:00:00+08:00", "", "2026-11-05T01:00:00+08:00",
            "Billed twice", "Refund the second charge", "", "", "", "", "", "meter misread", "pay out", "h",
            "2026-11-06", "", "", "paid", "", "", "", "", "thanks");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestStores.registerWithoutFeed(registry, "analytics_export");
    }

    @TestConfiguration
    static class Today {

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @LocalServerPort
    private int port;

    @Autowired
    private CallerPermits exportPermits;

    @Autowired
    private Ledger ledger;

    @Autowired
    private Generations generations;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    void aLedgerOfFourComplaints() {
        List<Story> stories = List.of(
                Story.whole("c-1", PUDONG, RECEIVED),
                openInChinese("c-2", PUDONG, Instant.parse("2026-11-10T02:00:00Z")),
                Story.whole("c-3", CHAOYANG, RECEIVED), // another subsidiary
                Story.whole("c-4", PUDONG, Instant.parse("2026-12-02T02:00:00Z"))); // another month
        stories.forEach(story -> story.events().forEach(event -> ledger.apply(event, generations.live())));
    }

    private static Story openInChinese(String id, UnitRef unit, Instant received) {
        return Story.received(id, unit, 2, received)
                .then(Duration.ofSeconds(1),
                        new CaseOpened(id, unit.code() + "-" + id, unit, 2, received.plusSeconds(1)))
                .then(new CaseTriaged(id, 2, "metering", received.plusSeconds(600)))
                .then(new DeadlineSet(id, new OpenDeadline(TimeLimit.SETTLE, received.plus(Duration.ofDays(3)))))
                .then(new Escalated(id, unit, SHANGHAI, EscalationReason.DEADLINE_MISSED, "逾期未联系",
                        received.plusSeconds(1801), null))
                .then(new HandlerAssigned(id, "王经办", "metering", null))
                .then(new FindingsRecorded(id, "抄表员读错了表", "抄表错误"))
                .then(Duration.ofDays(1), new DeadlineSet(id, new OpenDeadline(TimeLimit.CONTACT,
                        received.plus(Duration.ofDays(1)))));
    }

    @Test
    void aSelectionAsCsvReadsBackAsTheLedgerShowsIt() throws Exception {
        HttpResponse<byte[]> response = get("/api/ledger/export.csv?unit=SH&from=2026-11&to=2026-11");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"ledger-SH-2026-11.csv\"");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        byte[] body = response.body();
        assertThat(Arrays.copyOf(body, 3)).as("a UTF-8 byte order mark, for Excel")
                .containsExactly(0xEF, 0xBB, 0xBF);

        List<List<String>> table = csv(body);
        assertThat(table).containsExactly(HEADERS, OPEN_ROW, CLOSED_ROW);
    }

    @Test
    void theSameSelectionAsAWorkbookHoldsTheSameCellsWithNumbersAndYesNoAsSuch() throws Exception {
        List<String> temporaryFilesBefore = workbookTemporaryFiles();
        HttpResponse<byte[]> response = get("/api/ledger/export.xlsx?unit=SH&from=2026-11&to=2026-11");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"ledger-SH-2026-11.xlsx\"");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = workbook.getSheet("Ledger");
            assertThat(cells(sheet)).containsExactly(HEADERS, OPEN_ROW, CLOSED_ROW);
            Row closed = sheet.getRow(2);
            assertThat(closed.getCell(HEADERS.indexOf("Level")).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(closed.getCell(HEADERS.indexOf("Approved by silence")).getCellType())
                    .isEqualTo(CellType.BOOLEAN);
            assertThat(closed.getCell(HEADERS.indexOf("Contacted at")).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(sheet.getPaneInformation().isFreezePane()).as("the header stays in view").isTrue();
        }
        assertThat(workbookTemporaryFiles()).as("the rows' temporary file is gone")
                .isEqualTo(temporaryFilesBefore);
    }

    @Test
    void inChineseTheHeadersAndTheValuesOfStatusLevelChannelAndCategoryAreChinese() throws Exception {
        HttpResponse<byte[]> response = get("/api/ledger/export.csv?unit=SH&from=2026-11&to=2026-11&lang=zh-CN");

        assertThat(response.statusCode()).isEqualTo(200);
        List<List<String>> table = csv(response.body());
        assertThat(table.get(0)).startsWith("登记编号", "受理单位", "单位层级", "月份", "投诉渠道", "投诉类别", "投诉等级")
                .contains("状态", "责任部门", "升级原因", "满意度", "处理结果", "受理时间", "结案时间")
                .hasSize(HEADERS.size());
        List<String> closed = table.get(2);
        assertThat(closed.subList(0, 10)).containsExactly("SH-PD-c-1", "SH-PD", "HQ/SH/SH-PD", "2026-11",
                "服务热线", "计费/价格", "1 重大", "false", "false", "已结案");
        assertThat(closed.get(HEADERS.indexOf("Escalation reason"))).isEqualTo("分级为较严重");
        assertThat(closed.get(HEADERS.indexOf("Satisfaction"))).isEqualTo("满意");
        assertThat(closed.get(HEADERS.indexOf("Outcome"))).isEqualTo("已解决");
        assertThat(table.get(1).get(HEADERS.indexOf("Status"))).isEqualTo("调查中");
    }

    @Test
    void inEnglishTheWorkbookSaysTheValuesInWords() throws Exception {
        HttpResponse<byte[]> response = get("/api/ledger/export.xlsx?unit=SH&from=2026-11&to=2026-11&lang=en");

        assertThat(response.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            List<List<String>> cells = cells(workbook.getSheet("Ledger"));
            assertThat(cells.get(0)).isEqualTo(HEADERS);
            assertThat(cells.get(2).subList(4, 10)).containsExactly("Hotline", "Billing / price", "1 major", "false",
                    "false", "Closed");
            assertThat(cells.get(1).get(HEADERS.indexOf("Status"))).isEqualTo("Investigating");
        }
    }

    @Test
    void aLanguageNotOfferedIsRefusedBeforeAnythingIsWritten() throws Exception {
        HttpResponse<byte[]> response = get("/api/ledger/export.csv?unit=SH&lang=fr");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(new String(response.body(), UTF_8)).contains("\"field\":\"lang\"").contains("zh-CN, en");
    }

    /** The temporary files of workbooks being written, where POI keeps them. */
    private static List<String> workbookTemporaryFiles() throws IOException {
        Path directory = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.startsWith("poi-sxssf"))
                    .sorted().toList();
        }
    }

    @Test
    void theFileIsNamedAfterTheUnitAndThePeriodOnly() throws Exception {
        assertThat(disposition("/api/ledger/export.csv?unit=SH&from=2026-10&to=2026-12"))
                .isEqualTo("attachment; filename=\"ledger-SH-2026-10_2026-12.csv\"");
        assertThat(disposition("/api/ledger/export.xlsx?unit=HQ&from=2026-11"))
                .isEqualTo("attachment; filename=\"ledger-HQ-from-2026-11.xlsx\"");
        assertThat(disposition("/api/ledger/export.csv?unit=HQ&to=2026-11&status=CLOSED&department=billing"))
                .isEqualTo("attachment; filename=\"ledger-HQ-to-2026-11.csv\"");
        assertThat(disposition("/api/ledger/export.csv?unit=SH-PD"))
                .isEqualTo("attachment; filename=\"ledger-SH-PD-all.csv\"");
    }

    @Test
    void theOtherFiltersOfTheLedgerApply() throws Exception {
        assertThat(csv(get("/api/ledger/export.csv?unit=HQ&status=CLOSED&sort=receivedAt,asc").body()))
                .extracting(row -> row.get(0))
                .containsExactly("Registration number", "SH-PD-c-1", "BJ-CY-c-3", "SH-PD-c-4");
        assertThat(csv(get("/api/ledger/export.csv?unit=HQ&department=metering").body())).hasSize(2);
        assertThat(csv(get("/api/ledger/export.csv?unit=HQ&department=METERING").body()))
                .as("the code as the organisation lists it").hasSize(2);
        assertThat(csv(get("/api/ledger/export.csv?unit=NOWHERE").body())).as("the header only")
                .containsExactly(HEADERS);
    }

    @Test
    void aDepartmentNoUnitListsIsRefusedNamingTheFieldAndNothingIsExported() throws Exception {
        for (String path : List.of("/api/ledger/export.csv?unit=HQ&department=catering",
                "/api/ledger/export.xlsx?unit=HQ&department=catering", "/api/ledger?unit=HQ&department=catering")) {
            HttpResponse<byte[]> response = get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.headers().firstValue("Content-Disposition").orElse("")).as("no file")
                    .doesNotContain("attachment", "ledger-");
            List<Document> errors = Document.parse(new String(response.body(), UTF_8)).getList("errors", Document.class);
            assertThat(errors).extracting(error -> error.getString("field") + "/" + error.getString("rule"))
                    .containsExactly("department/unknown-department");
        }
    }

    @Test
    void withoutAUnitTheCallersSubtreeIsExportedNamedAfterTheCallersUnit() throws Exception {
        HttpResponse<byte[]> pudong = get("/api/ledger/export.csv?sort=receivedAt,asc",
                Callers.of(Role.COORDINATOR, "SH-PD"));
        assertThat(pudong.statusCode()).isEqualTo(200);
        assertThat(pudong.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"ledger-SH-PD-all.csv\"");
        assertThat(csv(pudong.body())).extracting(row -> row.get(0))
                .containsExactly("Registration number", "SH-PD-c-1", "SH-PD-c-2", "SH-PD-c-4");

        assertThat(csv(get("/api/ledger/export.csv?sort=receivedAt,asc").body())).as("headquarters: every unit")
                .extracting(row -> row.get(0))
                .containsExactly("Registration number", "SH-PD-c-1", "BJ-CY-c-3", "SH-PD-c-2", "SH-PD-c-4");
    }

    @Test
    void aPudongCoordinatorExportingHeadquartersLedgerIsRefusedAndNothingIsExported() throws Exception {
        for (String path : List.of("/api/ledger/export.csv?unit=HQ", "/api/ledger/export.xlsx?unit=HQ",
                "/api/ledger/export.csv?unit=SH", "/api/ledger/export.csv?unit=BJ-CY&status=CLOSED")) {
            HttpResponse<byte[]> response = get(path, Callers.of(Role.COORDINATOR, "SH-PD"));

            assertThat(response.statusCode()).as(path).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.headers().firstValue("Content-Disposition").orElse("")).as("no file")
                    .doesNotContain("attachment", "ledger-");
            String body = new String(response.body(), UTF_8);
            assertThat(body).doesNotContain("c-1", "c-2", "c-3", "c-4", "Registration number");
            assertThat(Document.parse(body).getList("errors", Document.class)).extracting(error -> error.getString("rule"))
                    .containsExactly("unit-scope");
        }
    }

    @Test
    void staffWhoDoNotAnalyseExportNothing() throws Exception {
        for (Role role : List.of(Role.HANDLER, Role.INTAKE_AGENT, Role.CALLBACK_AGENT, Role.OPERATOR)) {
            HttpResponse<byte[]> response = get("/api/ledger/export.csv?unit=SH-PD", Callers.of(role, "SH-PD"));

            assertThat(response.statusCode()).as("%s", role).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Disposition").orElse("")).as("no file")
                    .doesNotContain("attachment", "ledger-");
        }
    }

    @Test
    void moreExportsAtOnceThanACallerOrTheInstanceMayRunAreRefusedWith429() throws Exception {
        String coordinator = Callers.of(Role.COORDINATOR, "SH");
        List<CallerPermits.Permit> running = new ArrayList<>();
        try {
            running.add(exportPermits.acquire("coordinator.sh"));
            running.add(exportPermits.acquire("coordinator.sh"));

            HttpResponse<byte[]> third = get("/api/ledger/export.csv?unit=SH", coordinator);
            assertThat(third.statusCode()).isEqualTo(429);
            assertThat(third.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(third.headers().firstValue("Retry-After")).isPresent();
            assertThat(third.headers().firstValue("Content-Disposition").orElse("")).as("no file")
                    .doesNotContain("attachment", "ledger-");
            assertThat(get("/api/ledger/export.csv?unit=SH", Callers.of(Role.ANALYST, "SH")).statusCode())
                    .as("another caller still may").isEqualTo(200);

            running.add(exportPermits.acquire("analyst.bj"));
            running.add(exportPermits.acquire("analyst.gz"));
            assertThat(get("/api/ledger/export.csv?unit=SH", Callers.of(Role.ANALYST, "SH")).statusCode())
                    .as("four running on the instance").isEqualTo(429);

            running.removeFirst().close();
            assertThat(get("/api/ledger/export.csv?unit=SH", coordinator).statusCode()).isEqualTo(200);
        } finally {
            running.forEach(CallerPermits.Permit::close);
        }
        for (int export = 0; export < 3; export++) {
            assertThat(get("/api/ledger/export.xlsx?unit=SH", coordinator).statusCode())
                    .as("an export done gives its place back").isEqualTo(200);
        }
    }

    @Test
    void aMalformedSelectionIsAProblemBeforeAnyByteOfTheFile() throws Exception {
        for (String path : List.of("/api/ledger/export.csv?unit=sh&from=2026-13",
                "/api/ledger/export.xlsx?unit=sh&from=2026-13")) {
            HttpResponse<byte[]> response = get(path);

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.headers().firstValue("Content-Disposition").orElse("")).as("no file")
                    .doesNotContain("attachment", "ledger-");
            Document problem = Document.parse(new String(response.body(), UTF_8));
            assertThat(problem.getString("type")).isEqualTo("urn:complaints:problem:invalid-request");
            assertThat(problem.getList("errors", Document.class)).extracting(error -> error.getString("field"))
                    .containsExactlyInAnyOrder("unit", "from");
        }
        assertThat(field(get("/api/ledger/export.csv?unit=SH&level=one"))).isEqualTo("level");
        assertThat(field(get("/api/ledger/export.xlsx?unit=SH&level=9"))).isEqualTo("level");
        assertThat(field(get("/api/ledger/export.csv?unit=SH&sort=complainant"))).isEqualTo("sort");
        assertThat(field(get("/api/ledger/export.csv?unit=SH&overdue=perhaps"))).isEqualTo("overdue");
    }

    private String field(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        return Document.parse(new String(response.body(), UTF_8)).getList("errors", Document.class).getFirst()
                .getString("field");
    }

    private String disposition(String path) throws Exception {
        HttpResponse<byte[]> response = get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.headers().firstValue("Content-Disposition").orElseThrow();
    }

    /** As HQ's analyst asks for it. */
    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return get(path, Callers.analystHq());
    }

    private HttpResponse<byte[]> get(String path, String authorization) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + port + path);
        return http.send(HttpRequest.newBuilder(uri).header("Authorization", authorization)
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The CSV as a spreadsheet reads it: the byte order mark skipped, every record's cells. */
    static List<List<String>> csv(byte[] body) throws IOException {
        assertThat(body.length).isGreaterThanOrEqualTo(3);
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(body, 3, body.length - 3), UTF_8)) {
            List<List<String>> table = new ArrayList<>();
            for (CSVRecord record : CSVFormat.RFC4180.parse(reader)) {
                table.add(record.toList());
            }
            return table;
        }
    }

    /** Every row's cells as text: whole numbers without a fraction, yes/no as true/false, blanks empty. */
    private static List<List<String>> cells(Sheet sheet) {
        List<List<String>> table = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < HEADERS.size(); c++) {
                Cell cell = row.getCell(c);
                cells.add(cell == null ? "" : switch (cell.getCellType()) {
                    case NUMERIC -> String.valueOf((long) cell.getNumericCellValue());
                    case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
                    case BLANK -> "";
                    default -> cell.getStringCellValue();
                });
            }
            table.add(cells);
        }
        return table;
    }
}

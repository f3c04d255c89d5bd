package io.complaints.analytics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpHeaders.AUTHORIZATION;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.complaints.analytics.Callers;
import io.complaints.analytics.TestStores;
import io.complaints.analytics.printing.CjkFont;
import io.complaints.analytics.printing.PrintingProblems;
import io.complaints.analytics.printing.PrintingProperties;
import io.complaints.analytics.statistics.HandMadeComplaints;
import io.complaints.analytics.visibility.Visibility;
import io.complaints.platform.Actor;
import io.complaints.platform.Role;
import io.complaints.platform.organisation.UnitDirectory;
import io.complaints.platform.web.ProblemDetailsAdvice;

/**
 * The monthly report (投诉管理月度统计分析汇总表) and the year-end summary of the hand-made complaints
 * ({@code HandMadeComplaints}), read back as their readers would (the workbook's cells with POI, the
 * PDF's text with PDFBox), against what the statistics API answers for the same unit and period:
 * every figure of every table the same.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportTest {

    /** The figures of the API in the order of the workbook's columns (after code and name). */
    private static final List<String> FIGURES = List.of("total", "valid", "invalid", "withdrawn", "onTime.rate",
            "onTime.numerator", "onTime.denominator", "resolution.rate", "resolution.numerator",
            "resolution.denominator", "satisfaction.rate", "satisfaction.numerator", "satisfaction.denominator",
            "escalations", "reopened", "repeats", "timeToClose.closed", "timeToClose.meanHours",
            "timeToClose.p90Hours");

    private static final List<String> SHEETS_EN = List.of("Report", "Figures", "By subordinate unit", "By category",
            "By level", "By channel", "By responsible department", "Cause analysis (Pareto)");

    private static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestStores.registerWithoutFeed(registry, "analytics_reports");
    }

    @Autowired
    private MockMvc http;

    @Autowired
    private ApplicationContext service;

    @BeforeAll
    void theHandMadeComplaintsCounted() {
        HandMadeComplaints.toldTo(service);
    }

    @Test
    void theMonthlyWorkbookHoldsTheStatisticsApisFiguresTableByTable() throws Exception {
        byte[] file = http.perform(get("/api/reports/monthly/2026-11.xlsx?unit=SH&lang=en")
                        .header(AUTHORIZATION, analystOfShanghai()))
                .andExpect(status().isOk())
                .andExpect(content().contentType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"monthly-report-SH-2026-11-en.xlsx\""))
                .andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertThat(sheets).isEqualTo(SHEETS_EN);
            assertThat(text(workbook.getSheet("Report").getRow(0).getCell(0)))
                    .isEqualTo("Complaint management: monthly statistics summary");

            JsonNode whole = statistics("/api/statistics?unit=SH&period=2026-11");
            assertThat(whole.at("/figures/total").asLong()).as("a month with something to count").isEqualTo(7);
            Sheet figures = workbook.getSheet("Figures");
            assertThat(text(figures.getRow(1).getCell(0))).isEqualTo("SH");
            assertThat(text(figures.getRow(1).getCell(1))).isEqualTo("SH Shanghai subsidiary");
            assertSameFigures(figures.getRow(1), whole.get("figures"), "SH");
            assertThat(figures.getRow(1).getCell(6).getCellStyle().getDataFormatString()).isEqualTo("0.00%");

            List<String> sections = List.of("By subordinate unit", "By category", "By level", "By channel",
                    "By responsible department");
            List<String> breakdowns = List.of("unit", "category", "level", "channel", "department");
            for (int b = 0; b < breakdowns.size(); b++) {
                JsonNode api = statistics("/api/statistics?unit=SH&period=2026-11&by=" + breakdowns.get(b));
                assertSameGroups(workbook.getSheet(sections.get(b)), api.get("breakdown"), breakdowns.get(b));
            }
            Sheet byUnit = workbook.getSheet("By subordinate unit");
            assertThat(text(byUnit.getRow(3).getCell(1))).isEqualTo("SH-PD Pudong branch");
            assertThat(text(byUnit.getRow(1).getCell(1))).isEqualTo("SH Shanghai subsidiary (its own complaints)");
            assertThat(text(workbook.getSheet("By category").getRow(1).getCell(1))).isEqualTo("Billing / price");

            assertSameCauses(workbook.getSheet("Cause analysis (Pareto)"),
                    statistics("/api/statistics/causes?unit=SH&period=2026-11").get("causes"));
            Row first = workbook.getSheet("Cause analysis (Pareto)").getRow(1);
            assertThat(text(first.getCell(1))).isEqualTo("METER-READING");
            assertThat(text(first.getCell(2))).as("named from the catalogue").isEqualTo("Meter reading");
        }
    }

    @Test
    void theYearEndSummaryWorkbookInChineseHoldsTheYearsFiguresItsMonthsAndItsTopCauses() throws Exception {
        byte[] file = http.perform(get("/api/reports/yearly/2026.xlsx?unit=HQ")
                        .header(AUTHORIZATION, Callers.analystHq()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"year-summary-HQ-2026-zh-CN.xlsx\""))
                .andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(text(workbook.getSheet("报表").getRow(0).getCell(0))).isEqualTo("投诉管理年度统计分析汇总表");
            JsonNode summary = statistics("/api/statistics/summary/2026?unit=HQ");
            assertThat(summary.at("/figures/total").asLong()).isEqualTo(10);
            assertSameFigures(workbook.getSheet("总体指标").getRow(1), summary.get("figures"), "HQ");
            assertSameGroups(workbook.getSheet("按下属单位"),
                    statistics("/api/statistics?unit=HQ&period=2026&by=unit").get("breakdown"), "unit");
            assertSameGroups(workbook.getSheet("按投诉渠道"),
                    statistics("/api/statistics?unit=HQ&period=2026&by=channel").get("breakdown"), "channel");
            assertThat(text(workbook.getSheet("按投诉渠道").getRow(1).getCell(1))).isEqualTo("电子邮件");

            Sheet months = workbook.getSheet("月度趋势");
            assertThat(months.getLastRowNum()).isEqualTo(12);
            for (int m = 0; m < 12; m++) {
                JsonNode month = summary.get("months").get(m);
                assertThat(text(months.getRow(m + 1).getCell(0))).isEqualTo(month.get("month").asText());
                assertSameFigures(months.getRow(m + 1), month.get("figures"), month.get("month").asText());
            }
            assertSameCauses(workbook.getSheet("原因分析（柏拉图）"), summary.at("/topCauses/causes"));
            assertThat(text(workbook.getSheet("原因分析（柏拉图）").getRow(1).getCell(2))).isEqualTo("抄表差错");
        }
    }

    @Test
    void theMonthlyPdfPrintsTheSameFiguresInEnglishAndInChinese() throws Exception {
        JsonNode whole = statistics("/api/statistics?unit=SH&period=2026-11").get("figures");
        List<String> rates = List.of(rate(whole.get("onTime")), rate(whole.get("resolution")),
                rate(whole.get("satisfaction")));
        assertThat(rates).containsExactly("50.00% (3/6)", "60.00% (3/5)", "50.00% (2/4)");

        String english = pdfText("/api/reports/monthly/2026-11.pdf?unit=SH&lang=en", "monthly-report-SH-2026-11-en.pdf");
        assertThat(english).contains("Complaint management: monthly statistics summary", "SH Shanghai subsidiary",
                "2026-11", "By subordinate unit", "SH-PD Pudong branch", "Billing / price", "Cause analysis (Pareto)",
                "METER-READING", "Meter reading", "GAS-LEAK");
        assertThat(english).contains(rates);
        assertThat(english).contains(whole.at("/timeToClose/meanHours").asText(), "44.19");
        JsonNode pudong = statistics("/api/statistics?unit=SH&period=2026-11&by=unit").at("/breakdown/2/figures");
        assertThat(english).contains(rate(pudong.get("onTime")));

        String chinese = pdfText("/api/reports/monthly/2026-11.pdf?unit=SH", "monthly-report-SH-2026-11-zh-CN.pdf");
        assertThat(chinese).contains("投诉管理月度统计分析汇总表", "投诉处理及时率", "投诉解决率", "投诉解决满意率", "按下属单位",
                "计费/价格", "原因分析（柏拉图）", "抄表差错", "METER-READING");
        assertThat(chinese).contains(rates);
    }

    @Test
    void theYearEndSummaryPdfPrintsTheYearAndItsMonths() throws Exception {
        JsonNode summary = statistics("/api/statistics/summary/2026?unit=HQ");
        String english = pdfText("/api/reports/yearly/2026.pdf?unit=HQ&lang=en", "year-summary-HQ-2026-en.pdf");
        assertThat(english).contains("Complaint management: year-end summary", "Month by month", "2026-01", "2026-12",
                rate(summary.at("/figures/onTime")), rate(summary.at("/months/10/figures/resolution")),
                "The 3 most frequent causes".replace("3", String.valueOf(summary.at("/topCauses/causes").size())));
    }

    @Test
    void shanghaisAnalystGetsNoReportOfBeijingAndMalformedQuestionsAreProblems() throws Exception {
        for (String path : List.of("/api/reports/monthly/2026-11.xlsx?unit=BJ", "/api/reports/yearly/2026.pdf?unit=HQ")) {
            http.perform(get(path).header(AUTHORIZATION, analystOfShanghai()))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].rule").value("unit-scope"));
        }
        http.perform(get("/api/reports/monthly/2026-11.pdf?lang=fr").header(AUTHORIZATION, analystOfShanghai()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lang"));
        http.perform(get("/api/reports/monthly/2026-13.xlsx").header(AUTHORIZATION, analystOfShanghai()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("month"));
        http.perform(get("/api/reports/yearly/26.xlsx").header(AUTHORIZATION, analystOfShanghai()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        http.perform(get("/api/reports/monthly/2026-11.xlsx").header(AUTHORIZATION, Callers.of(Role.HANDLER, "SH")))
                .andExpect(status().isForbidden());
    }

    @Test
    void withoutAFontForChineseThePdfIsAProblemNamingWhatToInstall() throws Exception {
        CjkFont none = new CjkFont(new PrintingProperties(List.of("/nowhere/wqy-microhei.ttc")));
        MockMvc printing = MockMvcBuilders.standaloneSetup(new ReportController(service.getBean(Reports.class),
                        service.getBean(Visibility.class), service.getBean(UnitDirectory.class), none,
                        java.time.ZoneId.of("Asia/Shanghai")))
                .setCustomArgumentResolvers(new Asker(new Actor("analyst.hq", "HQ", Role.ANALYST, "quality")))
                .setControllerAdvice(new ProblemDetailsAdvice(), new PrintingProblems()).build();

        printing.perform(get("/api/reports/monthly/2026-11.pdf?unit=SH"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("No font to print Chinese text with"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("fonts-wqy-microhei")));
        printing.perform(get("/api/reports/monthly/2026-11.xlsx?unit=SH"))
                .andExpect(status().isOk());
    }

    private String pdfText(String path, String fileName) throws Exception {
        byte[] file = http.perform(get(path).header(AUTHORIZATION, Callers.analystHq()))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"" + fileName + "\""))
                .andReturn().getResponse().getContentAsByteArray();
        keep(fileName, file);
        try (PDDocument pdf = Loader.loadPDF(file)) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    /** The file where a person can look at it, when asked to ({@code -Dreports.keep=/tmp/reports}). */
    private static void keep(String fileName, byte[] file) throws Exception {
        String directory = System.getProperty("reports.keep");
        if (directory != null) {
            Files.createDirectories(Path.of(directory));
            Files.write(Path.of(directory, fileName), file);
        }
    }

    private JsonNode statistics(String path) throws Exception {
        return JSON.readTree(http.perform(get(path).header(AUTHORIZATION, Callers.analystHq()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static void assertSameGroups(Sheet sheet, JsonNode groups, String by) {
        assertThat(sheet.getLastRowNum()).as(by + ": one row per group").isEqualTo(groups.size());
        assertThat(groups.size()).as(by + ": something to compare").isPositive();
        for (int g = 0; g < groups.size(); g++) {
            JsonNode group = groups.get(g);
            Row row = sheet.getRow(g + 1);
            String key = group.get("key").isNull() ? "" : group.get("key").asText();
            assertThat(text(row.getCell(0))).as(by + " row " + (g + 1)).isEqualTo(key);
            assertSameFigures(row, group.get("figures"), by + " " + key);
        }
    }

    private static void assertSameFigures(Row row, JsonNode figures, String what) {
        for (int f = 0; f < FIGURES.size(); f++) {
            JsonNode expected = figures.at("/" + FIGURES.get(f).replace('.', '/'));
            Cell cell = row.getCell(f + 2);
            if (expected.isNull()) {
                assertThat(cell.getCellType()).as(what + " " + FIGURES.get(f) + ": none").isEqualTo(CellType.BLANK);
            } else {
                assertThat(BigDecimal.valueOf(cell.getNumericCellValue()))
                        .as(what + " " + FIGURES.get(f)).isEqualByComparingTo(expected.decimalValue());
            }
        }
    }

    private static void assertSameCauses(Sheet sheet, JsonNode causes) {
        assertThat(sheet.getLastRowNum()).isEqualTo(causes.size());
        for (int c = 0; c < causes.size(); c++) {
            JsonNode cause = causes.get(c);
            Row row = sheet.getRow(c + 1);
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(c + 1);
            assertThat(text(row.getCell(1))).isEqualTo(cause.get("cause").asText());
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(cause.get("count").asDouble());
            assertThat(BigDecimal.valueOf(row.getCell(4).getNumericCellValue()))
                    .isEqualByComparingTo(cause.get("share").decimalValue());
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(cause.get("cumulativeCount").asDouble());
            assertThat(BigDecimal.valueOf(row.getCell(6).getNumericCellValue()))
                    .isEqualByComparingTo(cause.get("cumulativeShare").decimalValue());
        }
    }

    /** As the PDF prints a rate of the API: {@code 50.00% (3/6)}. */
    private static String rate(JsonNode rate) {
        String percent = rate.get("rate").isNull() ? "–"
                : rate.get("rate").decimalValue().movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString()
                        + "%";
        return percent + " (" + rate.get("numerator").asLong() + "/" + rate.get("denominator").asLong() + ")";
    }

    private static String text(Cell cell) {
        return cell == null || cell.getCellType() == CellType.BLANK ? "" : cell.getStringCellValue();
    }

    private static String analystOfShanghai() {
        return Callers.bearer("analyst.sh", "SH", Role.ANALYST);
    }

    /** The one who asks, as the access token would name them. */
    private record Asker(Actor actor) implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return Actor.class.equals(parameter.getParameterType());
        }

        @Override
        public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                     NativeWebRequest request, WebDataBinderFactory binders) {
            return actor;
        }
    }
}

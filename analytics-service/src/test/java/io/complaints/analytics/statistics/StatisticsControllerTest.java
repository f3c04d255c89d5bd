package io.complaints.analytics.statistics;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import io.complaints.analytics.Organisation;
import io.complaints.analytics.readmodel.Generation;
import io.complaints.platform.Actor;
import io.complaints.platform.Role;
import io.complaints.platform.web.ProblemDetailsAdvice;

/** The statistics over HTTP: the answers' shape, and a problem naming field and rule for every malformed question. */
class StatisticsControllerTest {

    private static final Generation LIVE = new Generation(1);

    private static StatisticsFixture fixture;
    private static MockMvc http;

    @BeforeAll
    static void setUp() {
        fixture = new StatisticsFixture();
        HandMadeComplaints.all().forEach(complaint -> fixture.deliver(complaint.events(), LIVE));
        fixture.recompute(LIVE);
        http = MockMvcBuilders.standaloneSetup(new StatisticsController(fixture.queries(LIVE), Organisation.visibility()))
                .setCustomArgumentResolvers(new Asker(new Actor("analyst.hq", "HQ", Role.ANALYST, "quality")))
                .setControllerAdvice(new ProblemDetailsAdvice()).build();
    }

    @AfterAll
    static void tearDown() {
        fixture.close();
    }

    @Test
    void aMonthOfAUnitWithItsBreakdown() throws Exception {
        http.perform(get("/api/statistics?unit=SH&period=2026-11&by=category"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.unit").value("SH"))
                .andExpect(jsonPath("$.period").value("2026-11"))
                .andExpect(jsonPath("$.figures.total").value(7))
                .andExpect(jsonPath("$.figures.valid").value(6))
                .andExpect(jsonPath("$.figures.invalid").value(1))
                .andExpect(jsonPath("$.figures.withdrawn").value(2))
                .andExpect(jsonPath("$.figures.onTime.rate").value(0.5))
                .andExpect(jsonPath("$.figures.onTime.numerator").value(3))
                .andExpect(jsonPath("$.figures.onTime.denominator").value(6))
                .andExpect(jsonPath("$.figures.resolution.rate").value(0.6))
                .andExpect(jsonPath("$.figures.satisfaction.rate").value(0.5))
                .andExpect(jsonPath("$.figures.escalations").value(5))
                .andExpect(jsonPath("$.figures.reopened").value(1))
                .andExpect(jsonPath("$.figures.repeats").value(2))
                .andExpect(jsonPath("$.figures.timeToClose.closed").value(4))
                .andExpect(jsonPath("$.figures.timeToClose.meanHours").value(44.19))
                .andExpect(jsonPath("$.figures.timeToClose.p90Hours").value(120))
                .andExpect(jsonPath("$.by").value("category"))
                .andExpect(jsonPath("$.breakdown[0].key").value("BILLING"))
                .andExpect(jsonPath("$.breakdown[0].figures.total").value(3))
                .andExpect(jsonPath("$.breakdown[2].key").value("DELIVERY"))
                .andExpect(jsonPath("$.breakdown[2].figures.onTime.rate").value(nullValue()))
                .andExpect(jsonPath("$.breakdown[2].figures.onTime.denominator").value(0));
    }

    @Test
    void withoutABreakdownThereIsNone() throws Exception {
        http.perform(get("/api/statistics?unit=SH-MH&period=2026"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures.total").value(3))
                .andExpect(jsonPath("$.figures.satisfaction.rate").value(nullValue()))
                .andExpect(jsonPath("$.figures.timeToClose.meanHours").value(nullValue()))
                .andExpect(jsonPath("$.by").doesNotExist())
                .andExpect(jsonPath("$.breakdown").doesNotExist());
    }

    @Test
    void byUnitEachDirectChildWithItsOwnFiguresAndTheUnitsOwnComplaintsUnderItsCode() throws Exception {
        http.perform(get("/api/statistics?unit=SH&period=2026-11&by=unit"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.by").value("unit"))
                .andExpect(jsonPath("$.breakdown[*].key", contains("SH", "SH-MH", "SH-PD")))
                .andExpect(jsonPath("$.breakdown[0].figures.total").value(1))
                .andExpect(jsonPath("$.breakdown[1].figures.total").value(2))
                .andExpect(jsonPath("$.breakdown[2].figures.total").value(4))
                .andExpect(jsonPath("$.breakdown[2].figures.onTime.numerator").value(2))
                .andExpect(jsonPath("$.breakdown[2].figures.escalations").value(3));
        http.perform(get("/api/statistics?unit=HQ&period=2026&by=unit"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.breakdown[*].key", contains("BJ", "SH")))
                .andExpect(jsonPath("$.breakdown[1].figures.total").value(9));
        http.perform(get("/api/statistics?unit=SH-PD&period=2026-11&by=unit"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.breakdown[*].key", contains("SH-PD")))
                .andExpect(jsonPath("$.breakdown[0].figures.total").value(4));
    }

    @Test
    void theParetoAndTheYearEndSummary() throws Exception {
        http.perform(get("/api/statistics/causes?unit=HQ&period=2026"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.withCause").value(8))
                .andExpect(jsonPath("$.withoutCause").value(2))
                .andExpect(jsonPath("$.causes[0].cause").value("METER-READING"))
                .andExpect(jsonPath("$.causes[1].cumulativeShare").value(0.75))
                .andExpect(jsonPath("$.causes[3].cumulativeShare").value(1));
        http.perform(get("/api/statistics/summary/2026?unit=HQ"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2026))
                .andExpect(jsonPath("$.figures.total").value(10))
                .andExpect(jsonPath("$.months.length()").value(12))
                .andExpect(jsonPath("$.months[10].month").value("2026-11"))
                .andExpect(jsonPath("$.months[10].figures.total").value(8))
                .andExpect(jsonPath("$.topCauses.causes.length()").value(StatisticsFixture.TOP_CAUSES));
    }

    @Test
    void nothingAskedIsRefusedNamingWhatIsRequired() throws Exception {
        refused(get("/api/statistics"))
                .andExpect(jsonPath("$.errors[*].field", contains("period")))
                .andExpect(jsonPath("$.errors[*].rule", contains("required")));
    }

    @Test
    void withoutAUnitTheAskersOwn() throws Exception {
        http.perform(get("/api/statistics/summary/2026"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit").value("HQ"))
                .andExpect(jsonPath("$.figures.total").value(10));
        http.perform(get("/api/statistics?period=2026-11"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit").value("HQ"));
    }

    @Test
    void malformedFieldsAreRefusedEachNamedWithItsRule() throws Exception {
        refused(get("/api/statistics?unit=sh&period=2026-13&by=colour"))
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[?(@.field == 'unit')].rule").value("Pattern"))
                .andExpect(jsonPath("$.errors[?(@.field == 'period')].rule").value("Pattern"))
                .andExpect(jsonPath("$.errors[?(@.field == 'by')].rule").value("enum"));
        refused(get("/api/statistics/causes?unit=SH&period=26"))
                .andExpect(jsonPath("$.errors[0].field").value("period"));
        refused(get("/api/statistics/summary/2026-11?unit=SH"))
                .andExpect(jsonPath("$.errors[0].field").value("year"))
                .andExpect(jsonPath("$.errors[0].rule").value("Pattern"));
        refused(get("/api/statistics/summary/2026?unit=sh"))
                .andExpect(jsonPath("$.errors[0].field").value("unit"))
                .andExpect(jsonPath("$.errors[0].rule").value("Pattern"));
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

    private static ResultActions refused(org.springframework.test.web.servlet.RequestBuilder request)
            throws Exception {
        return http.perform(request)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("The request is invalid"));
    }
}

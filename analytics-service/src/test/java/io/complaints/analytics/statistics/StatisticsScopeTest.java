package io.complaints.analytics.statistics;

import static org.springframework.http.HttpHeaders.AUTHORIZATION;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import io.complaints.analytics.Callers;
import io.complaints.analytics.TestStores;
import io.complaints.analytics.readmodel.Generations;
import io.complaints.analytics.readmodel.ReadModel;
import io.complaints.platform.Role;

/**
 * Analysts see the statistics of the units they are scoped to (DOMAIN.md, "Organisation"): Shanghai's
 * analyst reads Shanghai's figures, Pudong's and Minhang's complaints counted in them, and not
 * Beijing's nor headquarters'.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsScopeTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestStores.registerWithoutFeed(registry, "analytics_statistics_scope");
    }

    @Autowired
    private MockMvc http;

    @Autowired
    private ObjectProvider<ReadModel> models;

    @Autowired
    private Recompute recompute;

    @Autowired
    private Generations generations;

    @BeforeAll
    void theHandMadeComplaintsRecomputed() {
        List<ReadModel> inOrder = models.orderedStream().toList();
        HandMadeComplaints.all().forEach(complaint -> complaint.events().forEach(event ->
                inOrder.forEach(model -> model.apply(event, generations.live()))));
        recompute.dirty(generations.live());
    }

    @Test
    void shanghaisAnalystReadsShanghaisFiguresWhichCountPudongsComplaints() throws Exception {
        http.perform(get("/api/statistics?unit=SH&period=2026-11").header(AUTHORIZATION, analystOfShanghai()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit").value("SH"))
                .andExpect(jsonPath("$.figures.total").value(7));
        http.perform(get("/api/statistics?unit=SH-PD&period=2026-11").header(AUTHORIZATION, analystOfShanghai()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures.total").value(4));
        http.perform(get("/api/statistics?period=2026-11").header(AUTHORIZATION, analystOfShanghai()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit").value("SH"))
                .andExpect(jsonPath("$.figures.total").value(7));
    }

    @Test
    void shanghaisAnalystReadingBeijingsStatisticsIsRefused() throws Exception {
        for (String path : List.of("/api/statistics?unit=BJ&period=2026-11", "/api/statistics?unit=HQ&period=2026",
                "/api/statistics/causes?unit=BJ&period=2026", "/api/statistics/summary/2026?unit=BJ")) {
            http.perform(get(path).header(AUTHORIZATION, analystOfShanghai()))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].rule").value("unit-scope"))
                    .andExpect(jsonPath("$.figures").doesNotExist())
                    .andExpect(jsonPath("$.causes").doesNotExist());
        }
    }

    @Test
    void aPudongCoordinatorReadsPudongsFiguresButNotShanghais() throws Exception {
        http.perform(get("/api/statistics/summary/2026").header(AUTHORIZATION, Callers.of(Role.COORDINATOR, "SH-PD")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit").value("SH-PD"));
        http.perform(get("/api/statistics?unit=SH&period=2026-11")
                        .header(AUTHORIZATION, Callers.of(Role.COORDINATOR, "SH-PD")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].rule").value("unit-scope"));
    }

    private static String analystOfShanghai() {
        return Callers.bearer("analyst.sh", "SH", Role.ANALYST);
    }
}

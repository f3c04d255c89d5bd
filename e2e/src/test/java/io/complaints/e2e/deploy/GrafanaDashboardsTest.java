package io.complaints.e2e.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The dashboards Grafana provisions (deploy/grafana/dashboards) are valid JSON with a uid and a title, and every
 * panel queries metrics the services export (deploy/grafana/exported-metrics.txt), so none shows "No data" for a
 * misspelt or invented name.
 */
class GrafanaDashboardsTest {

    static final String DASHBOARDS = "deploy/grafana/dashboards";
    static final String METRICS = "deploy/grafana/exported-metrics.txt";
    /** A metric selected in a query: a name followed by its label matchers. */
    static final Pattern SELECTED_METRIC = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*\\{");

    static Stream<String> dashboards() throws IOException {
        try (Stream<Path> files = Files.list(ProjectFiles.ROOT.resolve(DASHBOARDS))) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".json")).sorted().toList().stream();
        }
    }

    static Set<String> exportedMetrics() {
        return ProjectFiles.read(METRICS).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .collect(Collectors.toSet());
    }

    @Test
    void thereIsOneDashboardPerServiceAndOneForTheBusiness() throws IOException {
        List<String> expected = new ArrayList<>(ProjectFiles.SERVICES.stream().map(s -> s + ".json").toList());
        expected.add("business.json");
        assertThat(dashboards()).as("dashboards in %s", DASHBOARDS).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(ProjectFiles.read("deploy/grafana/provisioning/dashboards/complaints.yml"))
                .as("the dashboard provider").contains("/var/lib/grafana/dashboards");
        assertThat(ProjectFiles.read("docker-compose.yml")).as("docker-compose.yml mounts the dashboards where the provider "
                + "looks").contains("./deploy/grafana/dashboards:/var/lib/grafana/dashboards");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dashboards")
    void hasAUidATitleAndQueriesOnlyExportedMetrics(String file) throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(ProjectFiles.read(DASHBOARDS + "/" + file));
        assertThat(dashboard.path("uid").asText()).as("%s: uid", file).isNotBlank();
        assertThat(dashboard.path("title").asText()).as("%s: title", file).isNotBlank();
        assertThat(dashboard.path("panels")).as("%s: panels", file).isNotEmpty();
        Set<String> exported = exportedMetrics();
        for (JsonNode panel : dashboard.path("panels")) {
            String title = panel.path("title").asText();
            assertThat(title).as("%s: a panel's title", file).isNotBlank();
            assertThat(panel.path("targets")).as("%s: queries of panel '%s'", file, title).isNotEmpty();
            for (JsonNode target : panel.path("targets")) {
                String expr = target.path("expr").asText();
                List<String> metrics = SELECTED_METRIC.matcher(expr).results().map(r -> r.group(1)).toList();
                assertThat(metrics).as("%s: panel '%s' selects metrics with label matchers: %s", file, title, expr).isNotEmpty();
                assertThat(exported).as("%s: panel '%s' queries %s; %s lists what the services export", file, title, metrics,
                        METRICS).containsAll(metrics);
            }
        }
    }

    @Test
    void dashboardUidsAreUnique() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> uids = new ArrayList<>();
        for (String file : dashboards().toList()) {
            uids.add(json.readTree(ProjectFiles.read(DASHBOARDS + "/" + file)).path("uid").asText());
        }
        assertThat(uids).as("uids of the dashboards").doesNotHaveDuplicates();
    }
}

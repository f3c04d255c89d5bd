package io.complaints.intake.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.complaints.intake.IntakeApplication;
import io.complaints.intake.support.IntakeHttp;
import io.complaints.intake.support.People;
import io.complaints.intake.support.RunningIntake;
import io.complaints.testsupport.ServiceProperties;
import io.complaints.testsupport.TestTokens;

/**
 * Two intake instances against one PostgreSQL register concurrently for one unit: the numbers of
 * each day are 1..n, each once, whichever instance took them.
 */
class TwoInstancesTest extends RunningIntake {

    /** The only test that registers complaints at headquarters itself. */
    private static final String UNIT = "HQ";

    @LocalServerPort
    private int firstPort;

    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

    @Test
    void twoInstancesHandOutEveryNumberOnceAndWithoutGaps() throws Exception {
        String[] sameDatabase = java.util.stream.Stream.concat(
                        ServiceProperties.eventSourced("intake_test").entrySet().stream()
                                .map(setting -> "--" + setting.getKey() + "=" + setting.getValue()),
                        java.util.stream.Stream.concat(TestTokens.shared().resourceServerProperties().entrySet().stream()
                                        .map(setting -> "--" + setting.getKey() + "=" + setting.getValue()),
                                java.util.stream.Stream.of("--server.port=0", "--spring.profiles.active=local")))
                .toArray(String[]::new);
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(IntakeApplication.class)
                .run(sameDatabase)) {
            int secondPort = second.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            List<Callable<Registration>> registrations = IntStream.range(0, 40)
                    .<Callable<Registration>>mapToObj(i -> () -> register(i % 2 == 0 ? firstPort : secondPort, i))
                    .toList();
            List<Registration> registered = new ArrayList<>();
            try (ExecutorService clients = Executors.newFixedThreadPool(10)) {
                for (Future<Registration> result : clients.invokeAll(registrations)) {
                    registered.add(result.get());
                }
            }

            Map<String, List<Long>> byDay = registered.stream().map(Registration::registrationNumber)
                    .collect(Collectors.groupingBy(n -> n.substring(0, "HQ-yyyyMMdd".length()),
                            Collectors.mapping(n -> Long.parseLong(n.substring("HQ-yyyyMMdd".length())),
                                    Collectors.toList())));
            assertThat(byDay.values().stream().mapToInt(List::size).sum()).isEqualTo(40);
            byDay.values().forEach(day -> assertThat(day).as("numbers of one day")
                    .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, day.size()).boxed().toList()));
        }
    }

    private Registration register(int port, int i) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/complaints"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", People.bearer("agent.hq"))
                .POST(HttpRequest.BodyPublishers.ofString(
                        IntakeHttp.form(UNIT, 3, "1330000" + String.format("%04d", i), "OTHER")))
                .build();
        HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return json.readValue(answer.body(), Registration.class);
    }
}

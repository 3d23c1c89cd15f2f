package com.rapport.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.rapport.scoring.ScoringService;

/**
 * What a load balancer and a monitoring system see: open health probes that say ready only once the library and
 * the scorer are, Prometheus metrics for admins only, nothing else of the actuator, and a request id on every
 * response.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OperationsEndpointsTest {

    @LocalServerPort
    int port;
    @Autowired
    ScoringService scoring;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void the_probes_are_open_and_readiness_turns_up_once_the_scorer_model_is_loaded() throws Exception {
        scoring.scorer().score("warm", new com.rapport.scoring.ReplyContext(null, null, java.util.Map.of()));
        assertThat(scoring.modelReady()).isTrue();

        var readiness = get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"UP\"").doesNotContain("scorerModelLoaded");
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
    }

    @Test
    void metrics_need_an_admin_and_carry_scoring_replies_and_sessions() throws Exception {
        assertThat(get("/actuator/prometheus").statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "Authorization", basic("trainee", "rapport")).statusCode())
                .isEqualTo(403);
        assertThat(get("/actuator/prometheus", "Authorization", basic("admin", "wrong")).statusCode())
                .isEqualTo(401);

        var metrics = get("/actuator/prometheus", "Authorization", basic("admin", "rapport"));
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("rapport_scoring_seconds", "rapport_replies_total",
                "rapport_sessions_active");
    }

    @Test
    void no_other_actuator_endpoint_is_reachable_even_for_an_admin() throws Exception {
        for (String path : new String[] {"/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator"}) {
            assertThat(get(path, "Authorization", basic("admin", "rapport")).statusCode()).as(path)
                    .isIn(403, 404);
        }
    }

    @Test
    void every_response_names_its_request_and_a_forged_id_is_replaced() throws Exception {
        var plain = get("/actuator/health/liveness");
        assertThat(plain.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).hasSize(13));

        var kept = get("/actuator/health/liveness", "X-Request-Id", "proxy-abc-12345");
        assertThat(kept.headers().firstValue("X-Request-Id")).contains("proxy-abc-12345");
        var forged = get("/actuator/health/liveness", "X-Request-Id", "forged id with spaces and {braces}");
        assertThat(forged.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id)
                .doesNotContain("forged"));
    }
}

package nl.opleidingsklimaat.platform.ratelimit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** One misbehaving system must not take the service's capacity from the others. */
@QuarkusTest
class RateLimitTest {
    // application.properties gives this client a limit of its own: 5 at once, then 1 a second
    private static final String GREEDY = TestTokens.withRoles("greedy-system", "region-coordinator");
    private static final String POLITE = TestTokens.withRoles("polite-system", "region-coordinator");

    @Test
    void aBurstOverTheClientsLimitGets429WithRetryAfterWhileOthersAndHealthGoOn() {
        List<Response> answers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            answers.add(given().auth().oauth2(GREEDY).get("/api/test-regions/paged"));
        }

        List<Integer> statuses = answers.stream().map(Response::statusCode).toList();
        assertThat(statuses.subList(0, 5)).containsOnly(200);
        assertThat(statuses).contains(429);
        Response refused =
                answers.stream().filter(a -> a.statusCode() == 429).findFirst().orElseThrow();
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 2);
        assertThat(refused.jsonPath().getString("title")).isEqualTo("Too many requests");

        // the pages count too: a client over its limit is not let through a page instead
        List<Integer> pages = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            pages.add(given().auth().oauth2(GREEDY).get("/test-guestbook").statusCode());
        }
        assertThat(pages).contains(429);
        given().auth().oauth2(POLITE).get("/api/test-regions/paged").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
    }
}

package nl.opleidingsklimaat.events.registration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.opleidingsklimaat.events.Fixtures;
import nl.opleidingsklimaat.events.Fixtures.Organisation;
import org.junit.jupiter.api.Test;

/** A desk whose queue is full refuses at once with 503 and Retry-After, and stores nothing of what it refused. */
@QuarkusTest
@TestProfile(RegistrationDeskFullTest.TinyDesk.class)
class RegistrationDeskFullTest {
    public static class TinyDesk implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("events.registration-desk.queue-capacity", "1");
        }
    }

    @Test
    void aBurstBeyondTheDesksQueueGets503WithRetryAfterAndOnlyTheAcceptedAreStored() throws Exception {
        Organisation org = Fixtures.organisation();
        String eventId = Fixtures.publishedEvent(org, Fixtures.today().plusDays(30), 60);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(60);
        List<Response> answers = new ArrayList<>();
        try {
            List<Future<Response>> pending = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                String token = org.resident("desk-" + org.institution() + "-" + i);
                Map<String, Object> body = Fixtures.registration(org, "Aios " + i);
                Callable<Response> register = () -> {
                    start.await();
                    return given().auth()
                            .oauth2(token)
                            .contentType(ContentType.JSON)
                            .body(body)
                            .post("/api/training-events/{id}/registrations", eventId);
                };
                pending.add(pool.submit(register));
            }
            start.countDown();
            for (Future<Response> answer : pending) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }

        List<Response> refused =
                answers.stream().filter(a -> a.statusCode() == 503).toList();
        long accepted = answers.stream().filter(a -> a.statusCode() == 201).count();
        assertThat(accepted + refused.size()).as("every answer is 201 or 503").isEqualTo(120);
        assertThat(refused).as("a queue of one cannot hold 120 at once").isNotEmpty();
        assertThat(refused).allSatisfy(answer -> {
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.header("Retry-After")).isEqualTo("2");
            assertThat((String) answer.path("detail")).contains("nothing was stored");
        });
        Response event = given().auth()
                .oauth2(org.coc())
                .get("/api/training-events/{id}", eventId)
                .then()
                .statusCode(200)
                .extract()
                .response();
        int stored = event.<Integer>path("seatsTaken") + event.<Integer>path("waiting");
        assertThat(stored).as("registered and waitlisted: exactly the accepted").isEqualTo((int) accepted);
    }
}

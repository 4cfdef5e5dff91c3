package nl.opleidingsklimaat.events.registration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import nl.opleidingsklimaat.events.Fixtures;
import nl.opleidingsklimaat.events.Fixtures.Organisation;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Registration bursts, as the registration desk decides them in batches: seen from the outside only. */
@QuarkusTest
class RegistrationBurstTest {

    private record Attempt(String eventId, String token, Map<String, Object> body) {}

    @Test
    void aBurstOfThreeHundredForFortySeatsFillsTheSeatsAndQueuesTheRestInOneLine() throws Exception {
        Organisation org = Fixtures.organisation();
        String eventId = Fixtures.publishedEvent(org, Fixtures.today().plusDays(30), 40);
        List<Attempt> attempts = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            attempts.add(new Attempt(
                    eventId,
                    org.resident("crowd-" + org.institution() + "-" + i),
                    Fixtures.registration(org, "Aios " + i)));
        }

        List<Response> answers = allAtOnce(attempts);

        Map<String, Integer> positionsAnswered = new HashMap<>();
        int registered = 0;
        for (Response answer : answers) {
            assertThat(answer.statusCode()).isEqualTo(201);
            if ("registered".equals(answer.path("status"))) {
                registered++;
                assertThat((Integer) answer.path("waitingListPosition")).isNull();
            } else {
                assertThat((String) answer.path("status")).isEqualTo("waitlisted");
                positionsAnswered.put(answer.path("id"), answer.path("waitingListPosition"));
            }
        }
        assertThat(registered).isEqualTo(40);
        assertThat(positionsAnswered).hasSize(260);
        assertThat(positionsAnswered.values())
                .containsExactlyInAnyOrderElementsOf(
                        IntStream.rangeClosed(1, 260).boxed().toList());

        Map<String, Integer> positionsRead = new HashMap<>();
        for (int page = 0; page < 2; page++) {
            List<Map<String, Object>> items = given().auth()
                    .oauth2(org.coc())
                    .get("/api/training-events/{id}/registrations?status=waitlisted&size=200&page=" + page, eventId)
                    .then()
                    .statusCode(200)
                    .body("totalItems", equalTo(260))
                    .extract()
                    .path("items");
            items.forEach(
                    item -> positionsRead.put((String) item.get("id"), (Integer) item.get("waitingListPosition")));
        }
        assertThat(positionsRead).isEqualTo(positionsAnswered);
        given().auth()
                .oauth2(org.coc())
                .get("/api/training-events/{id}", eventId)
                .then()
                .statusCode(200)
                .body("seatsTaken", equalTo(40))
                .body("waiting", equalTo(260));
    }

    @Test
    void theHundredAndFiftyFirstOfABurstForHundredAndFiftySeatsWaitsFirstInLine() throws Exception {
        Organisation org = Fixtures.organisation();
        Map<String, Object> online = Fixtures.event(org, Fixtures.today().plusDays(30), 150);
        online.put("mode", "online");
        online.put("onlineLink", "https://webinar.example.org/" + org.institution());
        online.remove("location");
        String eventId = Fixtures.create(org.coc(), online);
        Fixtures.setProgramme(org.coc(), eventId, Fixtures.referenceProgramme());
        Fixtures.publish(org.coc(), eventId);
        List<Attempt> attempts = new ArrayList<>();
        for (int i = 0; i < 151; i++) {
            attempts.add(new Attempt(
                    eventId,
                    org.resident("seat-" + org.institution() + "-" + i),
                    Fixtures.registration(org, "Aios " + i)));
        }

        List<Response> answers = allAtOnce(attempts);

        answers.forEach(answer -> assertThat(answer.statusCode()).isEqualTo(201));
        List<Response> waiting = answers.stream()
                .filter(answer -> "waitlisted".equals(answer.path("status")))
                .toList();
        assertThat(waiting).hasSize(1);
        assertThat((Integer) waiting.get(0).path("waitingListPosition")).isEqualTo(1);
        given().auth()
                .oauth2(org.coc())
                .get("/api/training-events/{id}", eventId)
                .then()
                .statusCode(200)
                .body("seatsTaken", equalTo(150))
                .body("waiting", equalTo(1));
    }

    @Test
    void anUnknownProgrammeInABurstIsRefusedAloneAndTheOthersTakeTheirSeats() throws Exception {
        Organisation org = Fixtures.organisation();
        String eventId = Fixtures.publishedEvent(org, Fixtures.today().plusDays(30), 20);
        List<Attempt> attempts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            attempts.add(new Attempt(
                    eventId,
                    org.resident("mixed-" + org.institution() + "-" + i),
                    Fixtures.registration(org, "Aios " + i)));
        }
        Map<String, Object> unknown = Fixtures.registration(org, "Onbekend");
        unknown.put("programmeCode", "NOPE-INT");
        attempts.add(5, new Attempt(eventId, org.resident("lost-" + org.institution()), unknown));

        List<Response> answers = allAtOnce(attempts);

        answers.get(5)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("programmeCode"));
        answers.stream()
                .filter(answer -> answer != answers.get(5))
                .forEach(answer -> assertThat(answer.statusCode()).isEqualTo(201));
        given().auth()
                .oauth2(org.coc())
                .get("/api/training-events/{id}", eventId)
                .then()
                .body("seatsTaken", equalTo(10));
    }

    @Test
    void theSamePersonTwiceInABurstGetsOneRegistrationAndOneConflict() throws Exception {
        Organisation org = Fixtures.organisation();
        String eventId = Fixtures.publishedEvent(org, Fixtures.today().plusDays(30), 10);
        String twice = org.resident("eager-" + org.institution());
        List<Attempt> attempts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            attempts.add(new Attempt(
                    eventId,
                    org.resident("other-" + org.institution() + "-" + i),
                    Fixtures.registration(org, "Ander " + i)));
        }
        attempts.add(10, new Attempt(eventId, twice, Fixtures.registration(org, "Gretig")));
        attempts.add(20, new Attempt(eventId, twice, Fixtures.registration(org, "Gretig")));

        List<Response> answers = allAtOnce(attempts);

        List<Integer> eagerStatuses =
                List.of(answers.get(10).statusCode(), answers.get(20).statusCode());
        assertThat(eagerStatuses).containsExactlyInAnyOrder(201, 409);
        Response conflict = answers.get(10).statusCode() == 409 ? answers.get(10) : answers.get(20);
        assertThat(conflict.contentType()).startsWith("application/problem+json");
        assertThat((String) conflict.path("detail")).contains("already registered");
        given().auth()
                .oauth2(twice)
                .get("/api/registrations")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1));
        given().auth()
                .oauth2(org.coc())
                .get("/api/training-events/{id}", eventId)
                .then()
                .statusCode(200)
                .body("seatsTaken", equalTo(10))
                .body("waiting", equalTo(21));
    }

    @Test
    void aBurstForTwoEventsAtOnceFillsEachEventFromItsOwnSeats() throws Exception {
        Organisation org = Fixtures.organisation();
        String small = Fixtures.publishedEvent(org, Fixtures.today().plusDays(30), 5);
        String large = Fixtures.publishedEvent(org, Fixtures.today().plusDays(31), 12);
        String cancelled = Fixtures.publishedEvent(org, Fixtures.today().plusDays(32), 5);
        given().auth()
                .oauth2(org.coc())
                .post("/api/training-events/{id}/cancellation", cancelled)
                .then()
                .statusCode(200);
        List<Attempt> attempts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String token = org.resident("both-" + org.institution() + "-" + i);
            attempts.add(new Attempt(small, token, Fixtures.registration(org, "Beide " + i)));
            attempts.add(new Attempt(large, token, Fixtures.registration(org, "Beide " + i)));
            attempts.add(new Attempt(cancelled, token, Fixtures.registration(org, "Beide " + i)));
        }

        List<Response> answers = allAtOnce(attempts);

        for (int i = 0; i < answers.size(); i += 3) {
            assertThat(answers.get(i).statusCode()).isEqualTo(201);
            assertThat(answers.get(i + 1).statusCode()).isEqualTo(201);
            answers.get(i + 2)
                    .then()
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("detail", containsString("cancelled"));
        }
        given().auth()
                .oauth2(org.coc())
                .get("/api/training-events/{id}", small)
                .then()
                .body("seatsTaken", equalTo(5))
                .body("waiting", equalTo(15));
        given().auth()
                .oauth2(org.coc())
                .get("/api/training-events/{id}", large)
                .then()
                .body("seatsTaken", equalTo(12))
                .body("waiting", equalTo(8));
        given().auth()
                .oauth2(org.coc())
                .get("/api/training-events/{id}", cancelled)
                .then()
                .body("seatsTaken", equalTo(0));
    }

    @Test
    void aBatchThatRunsIntoAnotherWritersRegistrationIsDecidedOneByOne() throws Exception {
        Organisation org = Fixtures.organisation();
        String eventId = Fixtures.publishedEvent(org, Fixtures.today().plusDays(30), 10);
        String person = "elsewhere-" + org.institution();
        List<Attempt> attempts = new ArrayList<>();
        attempts.add(new Attempt(eventId, org.resident(person), Fixtures.registration(org, "Elders")));
        for (int i = 0; i < 5; i++) {
            attempts.add(new Attempt(
                    eventId,
                    org.resident("bystander-" + org.institution() + "-" + i),
                    Fixtures.registration(org, "Omstander " + i)));
        }
        Future<List<Response>> burst;
        ExecutorService sender = Executors.newSingleThreadExecutor();
        try (Connection otherWriter = connect();
                Connection observer = connect()) {
            // A writer that bypasses the event lock (as a misbehaving instance would): its uncommitted row is invisible
            // to the desk's duplicate check, and the desk's insert of the same person waits for it on the unique index.
            otherWriter.setAutoCommit(false);
            try (PreparedStatement insert =
                    otherWriter.prepareStatement("INSERT INTO registration (id, event_id, person_reference, name, role,"
                            + " institution_code, accreditation_wanted, status, attendance)"
                            + " VALUES (?, ?, ?, 'Elders', 'RESIDENT', ?, false, 'REGISTERED', 'ON_SITE')")) {
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, UUID.fromString(eventId));
                insert.setString(3, person);
                insert.setString(4, org.institution());
                insert.executeUpdate();
            }
            burst = sender.submit(() -> allAtOnce(attempts));
            await().atMost(Duration.ofSeconds(60)).until(() -> insertsWaitingForALock(observer) > 0);
            otherWriter.commit();
        } finally {
            sender.shutdown();
        }

        List<Response> answers = burst.get();
        answers.get(0)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("already registered"));
        answers.subList(1, answers.size())
                .forEach(answer -> assertThat(answer.statusCode()).isEqualTo(201));
        given().auth()
                .oauth2(org.coc())
                .get("/api/training-events/{id}", eventId)
                .then()
                .body("seatsTaken", equalTo(6));
    }

    private static Connection connect() throws Exception {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class)
                        .orElse(null));
    }

    private static int insertsWaitingForALock(Connection observer) throws Exception {
        try (var rows = observer.createStatement()
                .executeQuery("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                        + " AND query ILIKE 'insert into registration%'")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** Sends every attempt at the same instant; the answers come back in the order of the attempts. */
    private static List<Response> allAtOnce(List<Attempt> attempts) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(attempts.size());
        try {
            List<Future<Response>> pending = new ArrayList<>();
            for (Attempt attempt : attempts) {
                Callable<Response> register = () -> {
                    start.await();
                    return given().auth()
                            .oauth2(attempt.token())
                            .contentType(ContentType.JSON)
                            .body(attempt.body())
                            .post("/api/training-events/{id}/registrations", attempt.eventId());
                };
                pending.add(pool.submit(register));
            }
            start.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> answer : pending) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}

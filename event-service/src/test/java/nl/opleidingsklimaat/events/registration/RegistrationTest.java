package nl.opleidingsklimaat.events.registration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.OffsetDateTime;
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
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RegistrationTest {

    @Test
    void aBurstOfSixtyRegistrationsForTwentySeatsNeverOverbooks() throws Exception {
        Organisation org = Fixtures.organisation();
        String eventId = Fixtures.publishedEvent(org, Fixtures.today().plusDays(20), 20);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            tokens.add(org.resident("burst-" + org.institution() + "-" + i));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(60);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (String token : tokens) {
                Callable<Response> register = () -> {
                    start.await();
                    return given().auth()
                            .oauth2(token)
                            .contentType(ContentType.JSON)
                            .body(Fixtures.registration(org, "Aios"))
                            .post("/api/training-events/{id}/registrations", eventId);
                };
                answers.add(pool.submit(register));
            }
            start.countDown();
            int registered = 0;
            int waitlisted = 0;
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                assertThat(response.statusCode()).isEqualTo(201);
                String status = response.path("status");
                if ("registered".equals(status)) {
                    registered++;
                } else if ("waitlisted".equals(status)) {
                    waitlisted++;
                }
            }
            assertThat(registered).isEqualTo(20);
            assertThat(waitlisted).isEqualTo(40);
        } finally {
            pool.shutdownNow();
        }
        given().auth()
                .oauth2(org.coc())
                .get("/api/training-events/{id}", eventId)
                .then()
                .statusCode(200)
                .body("seatsTaken", equalTo(20))
                .body("waiting", equalTo(40));
        given().auth()
                .oauth2(org.coc())
                .get("/api/training-events/{id}/registrations?status=registered", eventId)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(20));
    }

    @Test
    void aCancellationOffersTheSeatToTheFirstWaiterWhoConfirmsIt() {
        Organisation org = Fixtures.organisation();
        String eventId = Fixtures.publishedEvent(org, Fixtures.today().plusDays(20), 1);
        String first = org.resident("first-" + org.institution());
        String second = org.resident("second-" + org.institution());
        String third = org.resident("third-" + org.institution());
        String seat = Fixtures.register(first, eventId, Fixtures.registration(org, "Eerste"));
        String waiter = Fixtures.register(second, eventId, Fixtures.registration(org, "Tweede"));
        String nextWaiter = Fixtures.register(third, eventId, Fixtures.registration(org, "Derde"));
        given().auth()
                .oauth2(second)
                .get("/api/registrations/{id}", waiter)
                .then()
                .statusCode(200)
                .body("status", equalTo("waitlisted"))
                .body("waitingListPosition", equalTo(1));
        given().auth()
                .oauth2(third)
                .get("/api/registrations/{id}", nextWaiter)
                .then()
                .body("waitingListPosition", equalTo(2));

        given().auth()
                .oauth2(first)
                .post("/api/registrations/{id}/cancellation", seat)
                .then()
                .statusCode(200)
                .body("status", equalTo("cancelled"));
        given().auth()
                .oauth2(second)
                .get("/api/registrations/{id}", waiter)
                .then()
                .statusCode(200)
                .body("status", equalTo("offered"))
                .body("offerExpiresAt", notNullValue());
        given().auth()
                .oauth2(third)
                .get("/api/registrations/{id}", nextWaiter)
                .then()
                .body("status", equalTo("waitlisted"));

        given().auth()
                .oauth2(second)
                .post("/api/registrations/{id}/confirmation", waiter)
                .then()
                .statusCode(200)
                .body("status", equalTo("registered"));
        given().auth()
                .oauth2(first)
                .post("/api/registrations/{id}/cancellation", seat)
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(org.coc())
                .get("/api/training-events/{id}", eventId)
                .then()
                .body("seatsTaken", equalTo(1))
                .body("waiting", equalTo(1));
    }

    @Test
    void someoneWhoCancelledCanRegisterAgain() {
        Organisation org = Fixtures.organisation();
        String eventId = Fixtures.publishedEvent(org, Fixtures.today().plusDays(20), 5);
        String resident = org.resident("again-" + org.institution());
        String first = Fixtures.register(resident, eventId, Fixtures.registration(org, "Opnieuw"));
        given().auth()
                .oauth2(resident)
                .post("/api/registrations/{id}/cancellation", first)
                .then()
                .statusCode(200);

        String second = Fixtures.register(resident, eventId, Fixtures.registration(org, "Opnieuw"));
        assertThat(second).isNotEqualTo(first);
        given().auth()
                .oauth2(resident)
                .get("/api/registrations/{id}", second)
                .then()
                .statusCode(200)
                .body("status", equalTo("registered"));
        given().auth()
                .oauth2(org.coc())
                .get("/api/training-events/{id}", eventId)
                .then()
                .body("seatsTaken", equalTo(1));
    }

    @Test
    void anOfferThatIsNotConfirmedInTimePassesToTheNextWaiter() {
        Organisation org = Fixtures.organisation();
        String eventId = Fixtures.publishedEvent(org, Fixtures.today().plusDays(20), 1);
        String first = org.resident("a-" + org.institution());
        String second = org.resident("b-" + org.institution());
        String third = org.resident("c-" + org.institution());
        String seat = Fixtures.register(first, eventId, Fixtures.registration(org, "A"));
        String slow = Fixtures.register(second, eventId, Fixtures.registration(org, "B"));
        String next = Fixtures.register(third, eventId, Fixtures.registration(org, "C"));

        given().auth()
                .oauth2(org.coc())
                .post("/api/registrations/{id}/cancellation", seat)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(second)
                .get("/api/registrations/{id}", slow)
                .then()
                .body("status", equalTo("offered"));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(third)
                        .get("/api/registrations/{id}", next)
                        .then()
                        .body("status", equalTo("offered")));
        given().auth()
                .oauth2(second)
                .get("/api/registrations/{id}", slow)
                .then()
                .body("status", equalTo("expired"));
        given().auth()
                .oauth2(second)
                .post("/api/registrations/{id}/confirmation", slow)
                .then()
                .statusCode(410)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(third)
                .post("/api/registrations/{id}/confirmation", next)
                .then()
                .statusCode(200)
                .body("status", equalTo("registered"));
    }

    @Test
    void registeringTwiceIsAConflictAndChangesNothing() {
        Organisation org = Fixtures.organisation();
        String eventId = Fixtures.publishedEvent(org, Fixtures.today().plusDays(20), 10);
        String token = org.resident("twice-" + org.institution());
        Fixtures.register(token, eventId, Fixtures.registration(org, "Twee keer"));
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Fixtures.registration(org, "Twee keer"))
                .post("/api/training-events/{id}/registrations", eventId)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("already registered"));
        given().auth()
                .oauth2(org.coc())
                .get("/api/training-events/{id}", eventId)
                .then()
                .body("seatsTaken", equalTo(1));
    }

    @Test
    void aCancelledEventOrOneWhoseRegistrationClosedTakesNoRegistrations() {
        Organisation org = Fixtures.organisation();
        String cancelled = Fixtures.publishedEvent(org, Fixtures.today().plusDays(20), 10);
        given().auth()
                .oauth2(org.coc())
                .post("/api/training-events/{id}/cancellation", cancelled)
                .then()
                .statusCode(200)
                .body("status", equalTo("cancelled"));
        given().auth()
                .oauth2(org.resident("x-" + org.institution()))
                .contentType(ContentType.JSON)
                .body(Fixtures.registration(org, "X"))
                .post("/api/training-events/{id}/registrations", cancelled)
                .then()
                .statusCode(409)
                .body("detail", containsString("cancelled"));

        Map<String, Object> closed = Fixtures.event(org, Fixtures.today().plusDays(20), 10);
        closed.put("registrationDeadline", OffsetDateTime.now().minusHours(1).toString());
        String closedId = Fixtures.create(org.coc(), closed);
        Fixtures.setProgramme(org.coc(), closedId, Fixtures.referenceProgramme());
        Fixtures.publish(org.coc(), closedId);
        given().auth()
                .oauth2(org.resident("y-" + org.institution()))
                .contentType(ContentType.JSON)
                .body(Fixtures.registration(org, "Y"))
                .post("/api/training-events/{id}/registrations", closedId)
                .then()
                .statusCode(422)
                .body("detail", containsString("closed"));
    }

    @Test
    void aPastEventTakesNoRegistrations() {
        Organisation org = Fixtures.organisation();
        String eventId = Fixtures.publishedEvent(org, Fixtures.today().plusDays(5), 10);
        Map<String, Object> moved = Fixtures.event(org, Fixtures.today().minusDays(1), 10);
        moved.put("programme", Fixtures.referenceProgramme());
        given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(moved)
                .put("/api/training-events/{id}", eventId)
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(org.resident("late-" + org.institution()))
                .contentType(ContentType.JSON)
                .body(Fixtures.registration(org, "Laat"))
                .post("/api/training-events/{id}/registrations", eventId)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("has passed"));
    }

    @Test
    void aRegistrationNeedsAKnownProgrammeATargetedRoleAndABigNumberForAccreditation() {
        Organisation org = Fixtures.organisation();
        String eventId = Fixtures.publishedEvent(org, Fixtures.today().plusDays(20), 10);
        String token = org.resident("val-" + org.institution());

        Map<String, Object> noBig = Fixtures.registration(org, "Zonder BIG");
        noBig.remove("bigNumber");
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(noBig)
                .post("/api/training-events/{id}/registrations", eventId)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("bigNumber"));
        Map<String, Object> badBig = Fixtures.registration(org, "Fout BIG");
        badBig.put("bigNumber", "123");
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(badBig)
                .post("/api/training-events/{id}/registrations", eventId)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem(containsString("bigNumber")));
        Map<String, Object> unknownProgramme = Fixtures.registration(org, "Onbekend");
        unknownProgramme.put("programmeCode", "NOPE-INT");
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(unknownProgramme)
                .post("/api/training-events/{id}/registrations", eventId)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("programmeCode"));
        Map<String, Object> board = Fixtures.registration(org, "Bestuur");
        board.put("role", "board");
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(board)
                .post("/api/training-events/{id}/registrations", eventId)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("role"));
        Map<String, Object> someoneElse = Fixtures.registration(org, "Iemand anders");
        someoneElse.put("personReference", "someone-else");
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(someoneElse)
                .post("/api/training-events/{id}/registrations", eventId)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(org.coc())
                .get("/api/training-events/{id}", eventId)
                .then()
                .body("seatsTaken", equalTo(0));

        given().auth()
                .oauth2(TestTokens.systemOfInstitution(org.institution()))
                .contentType(ContentType.JSON)
                .body(someoneElse)
                .post("/api/training-events/{id}/registrations", eventId)
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/registrations/"))
                .body("personReference", equalTo("someone-else"))
                .body("institutionCode", equalTo(org.institution()));
    }

    @Test
    void participantsSeeOnlyTheirOwnRegistrationsAndOrganisersSeeAll() {
        Organisation org = Fixtures.organisation();
        Organisation other = Fixtures.organisation();
        String eventId = Fixtures.publishedEvent(org, Fixtures.today().plusDays(20), 10);
        String alice = org.resident("alice-" + org.institution());
        String bob = org.resident("bob-" + org.institution());
        String aliceRegistration = Fixtures.register(alice, eventId, Fixtures.registration(org, "Alice"));
        Fixtures.register(bob, eventId, Fixtures.registration(org, "Bob"));

        given().auth()
                .oauth2(alice)
                .get("/api/registrations/{id}", aliceRegistration)
                .then()
                .statusCode(200)
                .body("name", equalTo("Alice"));
        given().auth()
                .oauth2(bob)
                .get("/api/registrations/{id}", aliceRegistration)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(bob)
                .post("/api/registrations/{id}/cancellation", aliceRegistration)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(other.coc())
                .get("/api/registrations/{id}", aliceRegistration)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(alice)
                .get("/api/registrations")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].name", equalTo("Alice"));

        given().auth()
                .oauth2(org.coc())
                .get("/api/registrations/{id}", aliceRegistration)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(org.coc())
                .get("/api/training-events/{id}/registrations", eventId)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2));
        given().auth()
                .oauth2(alice)
                .get("/api/training-events/{id}/registrations", eventId)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(other.coc())
                .get("/api/training-events/{id}/registrations", eventId)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(org.coc())
                .get("/api/training-events/{id}/registrations?status=nonsense", eventId)
                .then()
                .statusCode(400);
    }

    @Test
    void theCapacityCannotDropBelowTheSeatsTakenNorTheOrganiserChange() {
        Organisation org = Fixtures.organisation();
        Organisation other = Fixtures.organisation();
        String eventId = Fixtures.publishedEvent(org, Fixtures.today().plusDays(20), 3);
        Fixtures.register(org.resident("cap-1-" + org.institution()), eventId, Fixtures.registration(org, "Een"));
        Fixtures.register(org.resident("cap-2-" + org.institution()), eventId, Fixtures.registration(org, "Twee"));

        Map<String, Object> smaller = Fixtures.event(org, Fixtures.today().plusDays(20), 1);
        given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(smaller)
                .put("/api/training-events/{id}", eventId)
                .then()
                .statusCode(409)
                .body("detail", containsString("below the 2 seats"));
        Map<String, Object> moved = Fixtures.event(other, Fixtures.today().plusDays(20), 3);
        given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(moved)
                .put("/api/training-events/{id}", eventId)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("organiserInstitutionCode"));
        given().auth()
                .oauth2(org.coc())
                .get("/api/training-events/{id}", eventId)
                .then()
                .body("capacity", equalTo(3))
                .body("programme.size()", equalTo(8));
    }

    @Test
    void othersThanTheOrganisersSeeNoRegistrantCountFromFewerThanFour() {
        Organisation org = Fixtures.organisation();
        String eventId = Fixtures.publishedEvent(org, Fixtures.today().plusDays(20), 5);
        String outsider = TestTokens.coc(Fixtures.organisation().institution());
        for (int i = 0; i < 3; i++) {
            Fixtures.register(
                    org.resident("count-" + i + "-" + org.institution()),
                    eventId,
                    Fixtures.registration(org, "Teller " + i));
        }
        given().auth()
                .oauth2(org.coc())
                .get("/api/training-events/{id}", eventId)
                .then()
                .body("seatsTaken", equalTo(3))
                .body("waiting", equalTo(0));
        given().auth()
                .oauth2(outsider)
                .get("/api/training-events/{id}", eventId)
                .then()
                .statusCode(200)
                .body("seatsTaken", nullValue())
                .body("waiting", equalTo(0));
        for (int i = 3; i < 7; i++) {
            Fixtures.register(
                    org.resident("count-" + i + "-" + org.institution()),
                    eventId,
                    Fixtures.registration(org, "Teller " + i));
        }
        given().auth()
                .oauth2(outsider)
                .get("/api/training-events/{id}", eventId)
                .then()
                .body("seatsTaken", equalTo(5))
                .body("waiting", nullValue());
        given().auth()
                .oauth2(org.coc())
                .get("/api/training-events/{id}", eventId)
                .then()
                .body("waiting", equalTo(2));
    }
}

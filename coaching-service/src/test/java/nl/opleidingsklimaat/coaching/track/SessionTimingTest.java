package nl.opleidingsklimaat.coaching.track;

import static io.restassured.RestAssured.given;
import static nl.opleidingsklimaat.coaching.Fixtures.ago;
import static nl.opleidingsklimaat.coaching.Fixtures.at;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import nl.opleidingsklimaat.coaching.Fixtures;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** A session is held only once its time has come; a late cancellation by the resident is billed (policy file). */
@QuarkusTest
class SessionTimingTest {

    @Test
    void aSessionInTheFutureCannotBeMarkedHeldAndNothingIsBilled() {
        Track t = activeTrack();
        String session = Fixtures.book(t.resident, t.id, at(2, DayOfWeek.WEDNESDAY, LocalTime.of(10, 0)));

        given().auth()
                .oauth2(TestTokens.coach(t.coachRef))
                .post("/api/tracks/{id}/sessions/{s}/held", t.id, session)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("only once it has started"));

        given().auth()
                .oauth2(t.resident)
                .get("/api/tracks/{id}/sessions", t.id)
                .then()
                .statusCode(200)
                .body("items[0].state", equalTo("BOOKED"));
        given().auth()
                .oauth2(t.resident)
                .get("/api/tracks/{id}/costs", t.id)
                .then()
                .statusCode(200)
                .body("sessionsHeld", equalTo(0))
                .body("totalFees", equalTo(0.0f))
                .body("ownContribution", equalTo(0.0f));
    }

    @Test
    void aSessionWhoseTimeHasComeIsHeldAndBilled() {
        Track t = activeTrack();
        String session = Fixtures.book(t.resident, t.id, ago(1, DayOfWeek.WEDNESDAY, LocalTime.of(10, 0)));

        given().auth()
                .oauth2(TestTokens.coach(t.coachRef))
                .post("/api/tracks/{id}/sessions/{s}/held", t.id, session)
                .then()
                .statusCode(200)
                .body("state", equalTo("HELD"));
        given().auth()
                .oauth2(t.resident)
                .get("/api/tracks/{id}/costs", t.id)
                .then()
                .statusCode(200)
                .body("sessionsHeld", equalTo(1))
                .body("totalFees", equalTo(125.0f))
                .body("ownContribution", equalTo(125.0f));
    }

    @Test
    void theResidentsLateCancellationIsBilledAndKeepsItsPlaceButTheCoachsIsNot() {
        Track t = activeTrack();
        // the resident never came and cancels afterwards: within the 24 hours of the policy
        String missed = Fixtures.book(t.resident, t.id, ago(1, DayOfWeek.MONDAY, LocalTime.of(9, 0)));
        // the coach cancels a session of the past: never billed
        String coachCancelled = Fixtures.book(t.resident, t.id, ago(1, DayOfWeek.MONDAY, LocalTime.of(11, 0)));
        // the resident cancels weeks ahead: in time
        String inTime = Fixtures.book(t.resident, t.id, at(3, DayOfWeek.MONDAY, LocalTime.of(9, 0)));

        given().auth()
                .oauth2(t.resident)
                .post("/api/tracks/{id}/sessions/{s}/cancel", t.id, missed)
                .then()
                .statusCode(200)
                .body("state", equalTo("CANCELLED_LATE"));
        given().auth()
                .oauth2(TestTokens.coach(t.coachRef))
                .post("/api/tracks/{id}/sessions/{s}/cancel", t.id, coachCancelled)
                .then()
                .statusCode(200)
                .body("state", equalTo("CANCELLED"));
        given().auth()
                .oauth2(t.resident)
                .post("/api/tracks/{id}/sessions/{s}/cancel", t.id, inTime)
                .then()
                .statusCode(200)
                .body("state", equalTo("CANCELLED"));

        given().auth()
                .oauth2(t.resident)
                .get("/api/tracks/{id}/costs", t.id)
                .then()
                .statusCode(200)
                .body("sessionsHeld", equalTo(0))
                .body("sessionsCancelledLate", equalTo(1))
                .body("totalFees", equalTo(125.0f))
                .body("ownContribution", equalTo(125.0f));
        given().auth()
                .oauth2(t.resident)
                .get("/api/tracks/{id}", t.id)
                .then()
                .statusCode(200)
                .body("sessionsBooked", equalTo(1));
        // a late-cancelled session cannot be cancelled again nor held
        given().auth()
                .oauth2(TestTokens.coach(t.coachRef))
                .post("/api/tracks/{id}/sessions/{s}/held", t.id, missed)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void theResidentWhoStopsTheTrackIsBilledOnlyForTheSessionWithinTheNoticePeriod() {
        Track t = activeTrack();
        String missed = Fixtures.book(t.resident, t.id, ago(1, DayOfWeek.THURSDAY, LocalTime.of(9, 0)));
        String later = Fixtures.book(t.resident, t.id, at(3, DayOfWeek.THURSDAY, LocalTime.of(9, 0)));

        given().auth()
                .oauth2(t.resident)
                .post("/api/tracks/{id}/cancel", t.id)
                .then()
                .statusCode(200)
                .body("state", equalTo("CANCELLED"));

        given().auth()
                .oauth2(t.resident)
                .get("/api/tracks/{id}/sessions", t.id)
                .then()
                .statusCode(200)
                .body("items.find { it.id == '" + missed + "' }.state", equalTo("CANCELLED_LATE"))
                .body("items.find { it.id == '" + later + "' }.state", equalTo("CANCELLED"));
        given().auth()
                .oauth2(t.resident)
                .get("/api/tracks/{id}/costs", t.id)
                .then()
                .statusCode(200)
                .body("sessionsCancelledLate", equalTo(1))
                .body("totalFees", equalTo(125.0f));
    }

    private record Track(String id, String resident, String coachRef) {}

    private static Track activeTrack() {
        String programme = Fixtures.programme(Fixtures.unique("HOSP"));
        String coachRef = Fixtures.unique("coach");
        String coach = Fixtures.coach(coachRef, List.of("ELSEWHERE"), 3, List.of("werkdruk"), true);
        String resident = TestTokens.resident(Fixtures.unique("res"), programme);
        return new Track(Fixtures.activeTrack(resident, programme, coach, coachRef), resident, coachRef);
    }
}

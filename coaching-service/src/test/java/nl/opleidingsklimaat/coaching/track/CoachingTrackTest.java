package nl.opleidingsklimaat.coaching.track;

import static io.restassured.RestAssured.given;
import static nl.opleidingsklimaat.coaching.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import nl.opleidingsklimaat.coaching.Fixtures;
import nl.opleidingsklimaat.contracts.Topics;
import nl.opleidingsklimaat.testsupport.TestTokens;
import nl.opleidingsklimaat.testsupport.TopicReader;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CoachingTrackTest {

    @Test
    void aCancellationFromAStaleReadIs412AndTheTrackGoesOnAsTheCoachLeftIt() {
        String institution = Fixtures.unique("HOSP");
        String programme = Fixtures.programme(institution);
        String coachReference = Fixtures.unique("coach-etag");
        String coach = Fixtures.coach(coachReference, List.of("ELSEWHERE"), 3, List.of("werkdruk"), true);
        String resident = TestTokens.resident(Fixtures.unique("res"), programme);
        String track = Fixtures.requestTrack(resident, programme);
        Fixtures.match(resident, track, coach);
        String readWhileMatched = given().auth()
                .oauth2(resident)
                .get("/api/tracks/{id}", track)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(TestTokens.coach(coachReference))
                .post("/api/tracks/{id}/start", track)
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(resident)
                .header("If-Match", readWhileMatched)
                .post("/api/tracks/{id}/cancel", track)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        given().auth().oauth2(resident).get("/api/tracks/{id}", track).then().body("state", equalTo("ACTIVE"));
    }

    @Test
    void matchingProposesOnlyIndependentCoachesWithAFreePlaceBestFitFirst() {
        String institution = Fixtures.unique("HOSP");
        String programme = Fixtures.programme(institution);
        String own = Fixtures.coach(Fixtures.unique("coach-own"), institution);
        String full = Fixtures.coach(Fixtures.unique("coach-full"), List.of("ELSEWHERE"), 1, List.of("werkdruk"), true);
        String fit = Fixtures.coach(
                Fixtures.unique("coach-fit"), List.of("ELSEWHERE"), 3, List.of("werkdruk", "loopbaan"), true);
        String other =
                Fixtures.coach(Fixtures.unique("coach-other"), List.of("ELSEWHERE"), 3, List.of("leiderschap"), false);
        // take the only place of the "full" coach
        String otherResident = TestTokens.resident(Fixtures.unique("res"), programme);
        Fixtures.match(otherResident, Fixtures.requestTrack(otherResident, programme), full);

        String resident = TestTokens.resident(Fixtures.unique("res"), programme);
        String track = Fixtures.requestTrack(resident, programme);

        List<String> proposed = given().auth()
                .oauth2(resident)
                .queryParam("size", 200)
                .get("/api/tracks/{id}/match-proposals", track)
                .then()
                .statusCode(200)
                .extract()
                .path("items.coachId");
        assertThat(proposed).contains(fit, other).doesNotContain(own, full);
        assertThat(proposed.indexOf(fit)).isLessThan(proposed.indexOf(other));
    }

    @Test
    void bookingACoachWhoIsNotIndependentIsRefused() {
        String institution = Fixtures.unique("HOSP");
        String programme = Fixtures.programme(institution);
        String own = Fixtures.coach(Fixtures.unique("coach-own"), institution);
        String resident = TestTokens.resident(Fixtures.unique("res"), programme);
        String track = Fixtures.requestTrack(resident, programme);

        given().auth()
                .oauth2(resident)
                .contentType(ContentType.JSON)
                .body(Map.of("coachId", own))
                .post("/api/tracks/{id}/match", track)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("not independent"));
        given().auth()
                .oauth2(resident)
                .get("/api/tracks/{id}", track)
                .then()
                .statusCode(200)
                .body("state", equalTo("REQUESTED"));
    }

    @Test
    void theProgrammesOwnDirectorIsNeverProposedNorMatched() {
        String institution = Fixtures.unique("HOSP");
        String directorRef = Fixtures.unique("coach-director");
        String programme = Fixtures.programme(institution, "OOR-TEST", directorRef);
        String director = Fixtures.coach(directorRef, List.of("ELSEWHERE"), 3, List.of("werkdruk"), true);
        String resident = TestTokens.resident(Fixtures.unique("res"), programme);
        String track = Fixtures.requestTrack(resident, programme);

        List<String> proposed = given().auth()
                .oauth2(resident)
                .queryParam("size", 200)
                .get("/api/tracks/{id}/match-proposals", track)
                .then()
                .statusCode(200)
                .extract()
                .path("items.coachId");
        assertThat(proposed).doesNotContain(director);
        given().auth()
                .oauth2(resident)
                .contentType(ContentType.JSON)
                .body(Map.of("coachId", director))
                .post("/api/tracks/{id}/match", track)
                .then()
                .statusCode(422);
    }

    @Test
    void anOverbookedCoachCannotBeMatched() {
        String programme = Fixtures.programme(Fixtures.unique("HOSP"));
        String coach = Fixtures.coach(Fixtures.unique("coach"), List.of("ELSEWHERE"), 1, List.of("werkdruk"), true);
        String first = TestTokens.resident(Fixtures.unique("res"), programme);
        Fixtures.match(first, Fixtures.requestTrack(first, programme), coach);

        String second = TestTokens.resident(Fixtures.unique("res"), programme);
        String track = Fixtures.requestTrack(second, programme);
        given().auth()
                .oauth2(TestTokens.coc(institutionOf(programme)))
                .contentType(ContentType.JSON)
                .body(Map.of("coachId", coach))
                .post("/api/tracks/{id}/match", track)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("fully booked"));
        given().auth().oauth2(second).get("/api/tracks/{id}", track).then().body("state", equalTo("REQUESTED"));
    }

    @Test
    void cancellingATrackFreesTheCoachesPlace() {
        String programme = Fixtures.programme(Fixtures.unique("HOSP"));
        String coach = Fixtures.coach(Fixtures.unique("coach"), List.of("ELSEWHERE"), 1, List.of("werkdruk"), true);
        String first = TestTokens.resident(Fixtures.unique("res"), programme);
        String firstTrack = Fixtures.requestTrack(first, programme);
        Fixtures.match(first, firstTrack, coach);
        given().auth()
                .oauth2(first)
                .post("/api/tracks/{id}/cancel", firstTrack)
                .then()
                .statusCode(200)
                .body("state", equalTo("CANCELLED"));
        given().auth()
                .oauth2(first)
                .post("/api/tracks/{id}/cancel", firstTrack)
                .then()
                .statusCode(409);

        String second = TestTokens.resident(Fixtures.unique("res"), programme);
        Fixtures.match(second, Fixtures.requestTrack(second, programme), coach);
    }

    @Test
    void stateRulesRefuseTransitionsOutOfOrder() {
        String programme = Fixtures.programme(Fixtures.unique("HOSP"));
        String coachRef = Fixtures.unique("coach");
        String coach = Fixtures.coach(coachRef, List.of("ELSEWHERE"), 3, List.of("werkdruk"), true);
        String resident = TestTokens.resident(Fixtures.unique("res"), programme);
        String track = Fixtures.requestTrack(resident, programme);

        given().auth()
                .oauth2(TestTokens.coc(institutionOf(programme)))
                .post("/api/tracks/{id}/start", track)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(resident)
                .post("/api/tracks/{id}/complete", track)
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(resident)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "startsAt",
                        at(1, DayOfWeek.TUESDAY, LocalTime.of(10, 0)).toString()))
                .post("/api/tracks/{id}/sessions", track)
                .then()
                .statusCode(409);
        Fixtures.match(resident, track, coach);
        given().auth()
                .oauth2(resident)
                .contentType(ContentType.JSON)
                .body(Map.of("coachId", coach))
                .post("/api/tracks/{id}/match", track)
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(TestTokens.coach(coachRef))
                .post("/api/tracks/{id}/start", track)
                .then()
                .statusCode(200)
                .body("state", equalTo("ACTIVE"));
        given().auth()
                .oauth2(resident)
                .post("/api/tracks/{id}/complete", track)
                .then()
                .statusCode(200)
                .body("state", equalTo("COMPLETED"));
        given().auth()
                .oauth2(resident)
                .post("/api/tracks/{id}/cancel", track)
                .then()
                .statusCode(409);
    }

    @Test
    void aResidentHasOneOpenTrackAtATime() {
        String programme = Fixtures.programme(Fixtures.unique("HOSP"));
        String resident = TestTokens.resident(Fixtures.unique("res"), programme);
        Fixtures.requestTrack(resident, programme);
        given().auth()
                .oauth2(resident)
                .contentType(ContentType.JSON)
                .body(Map.of("programmeCode", programme, "offerTypeCode", "coaching", "reason", "Nog een"))
                .post("/api/tracks")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void requestingForAnotherProgrammeOrAGroupOfferIsRefused() {
        String programme = Fixtures.programme(Fixtures.unique("HOSP"));
        String resident = TestTokens.resident(Fixtures.unique("res"), "SOME-OTHER");
        given().auth()
                .oauth2(resident)
                .contentType(ContentType.JSON)
                .body(Map.of("programmeCode", programme, "offerTypeCode", "coaching", "reason", "x"))
                .post("/api/tracks")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        String mine = TestTokens.resident(Fixtures.unique("res"), programme);
        given().auth()
                .oauth2(mine)
                .contentType(ContentType.JSON)
                .body(Map.of("programmeCode", programme, "offerTypeCode", "intervision", "reason", "x"))
                .post("/api/tracks")
                .then()
                .statusCode(422);
        given().auth()
                .oauth2(mine)
                .contentType(ContentType.JSON)
                .body(Map.of("programmeCode", programme, "offerTypeCode", "coaching", "reason", ""))
                .post("/api/tracks")
                .then()
                .statusCode(400)
                .body("violations.field", contains(containsString("reason")));
        given().auth()
                .oauth2(mine)
                .contentType(ContentType.JSON)
                .body(Map.of("programmeCode", programme, "offerTypeCode", "coaching", "reason", "x", "unknown", 1))
                .post("/api/tracks")
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(TestTokens.coc("X"))
                .contentType(ContentType.JSON)
                .body(Map.of("programmeCode", programme, "offerTypeCode", "coaching", "reason", "x"))
                .post("/api/tracks")
                .then()
                .statusCode(403);
    }

    @Test
    void sessionsAreBookedWithinWorkingHoursUpToSixWithoutDoubleBookingTheCoach() {
        String programme = Fixtures.programme(Fixtures.unique("HOSP"));
        String coachRef = Fixtures.unique("coach");
        String coach = Fixtures.coach(coachRef, List.of("ELSEWHERE"), 3, List.of("werkdruk"), true);
        String resident = TestTokens.resident(Fixtures.unique("res"), programme);
        String track = Fixtures.activeTrack(resident, programme, coach, coachRef);

        // outside working hours: Saturday, and a weekday evening, and a session running past 18:00
        for (var start : List.of(
                at(1, DayOfWeek.SATURDAY, LocalTime.of(10, 0)),
                at(1, DayOfWeek.MONDAY, LocalTime.of(19, 0)),
                at(1, DayOfWeek.MONDAY, LocalTime.of(17, 30)),
                at(1, DayOfWeek.MONDAY, LocalTime.of(7, 30)))) {
            given().auth()
                    .oauth2(resident)
                    .contentType(ContentType.JSON)
                    .body(Map.of("startsAt", start.toString()))
                    .post("/api/tracks/{id}/sessions", track)
                    .then()
                    .statusCode(422)
                    .contentType("application/problem+json")
                    .body("detail", containsString("working hours"));
        }

        for (int week = 1; week <= 6; week++) {
            Fixtures.book(resident, track, at(week, DayOfWeek.WEDNESDAY, LocalTime.of(9, 0)));
        }
        given().auth()
                .oauth2(resident)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "startsAt",
                        at(7, DayOfWeek.WEDNESDAY, LocalTime.of(9, 0)).toString()))
                .post("/api/tracks/{id}/sessions", track)
                .then()
                .statusCode(422)
                .body("detail", containsString("6 sessions"));

        // another resident of the same coach cannot take an hour that overlaps
        String other = TestTokens.resident(Fixtures.unique("res"), programme);
        String otherTrack = Fixtures.activeTrack(other, programme, coach, coachRef);
        given().auth()
                .oauth2(other)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "startsAt",
                        at(1, DayOfWeek.WEDNESDAY, LocalTime.of(9, 30)).toString(),
                        "durationMinutes",
                        60))
                .post("/api/tracks/{id}/sessions", otherTrack)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        Fixtures.book(other, otherTrack, at(1, DayOfWeek.WEDNESDAY, LocalTime.of(10, 0)));
        given().auth().oauth2(other).get("/api/tracks/{id}", otherTrack).then().body("sessionsBooked", equalTo(1));
    }

    @Test
    void aCancelledSessionFreesItsPlaceAmongTheSix() {
        String programme = Fixtures.programme(Fixtures.unique("HOSP"));
        String coachRef = Fixtures.unique("coach");
        String coach = Fixtures.coach(coachRef, List.of("ELSEWHERE"), 3, List.of("werkdruk"), true);
        String resident = TestTokens.resident(Fixtures.unique("res"), programme);
        String track = Fixtures.activeTrack(resident, programme, coach, coachRef);
        String first = null;
        for (int week = 1; week <= 6; week++) {
            String id = Fixtures.book(resident, track, at(week, DayOfWeek.THURSDAY, LocalTime.of(14, 0)));
            first = first == null ? id : first;
        }
        given().auth()
                .oauth2(resident)
                .post("/api/tracks/{id}/sessions/{s}/cancel", track, first)
                .then()
                .statusCode(200)
                .body("state", equalTo("CANCELLED"));
        Fixtures.book(resident, track, at(8, DayOfWeek.THURSDAY, LocalTime.of(14, 0)));
    }

    @Test
    void startingAndCompletingATrackPublishesEventsWithoutAPerson() {
        String programme = Fixtures.programme(Fixtures.unique("HOSP"));
        String coachRef = Fixtures.unique("coach");
        String coach = Fixtures.coach(coachRef, List.of("ELSEWHERE"), 3, List.of("werkdruk"), true);
        String residentRef = Fixtures.unique("res");
        String resident = TestTokens.resident(residentRef, programme);
        String track = Fixtures.activeTrack(resident, programme, coach, coachRef);
        String session = Fixtures.book(resident, track, Fixtures.ago(1, DayOfWeek.FRIDAY, LocalTime.of(11, 0)));
        given().auth()
                .oauth2(TestTokens.coach(coachRef))
                .post("/api/tracks/{id}/sessions/{s}/held", track, session)
                .then()
                .statusCode(200)
                .body("state", equalTo("HELD"));
        given().auth()
                .oauth2(resident)
                .post("/api/tracks/{id}/complete", track)
                .then()
                .statusCode(200);

        var records = TopicReader.readAll(Topics.COACHING, v -> v.contains(track), Duration.ofSeconds(3));
        assertThat(records).hasSize(2);
        assertThat(records).allSatisfy(r -> {
            assertThat(r.key()).isEqualTo("programme/" + programme);
            assertThat(r.value()).doesNotContain(residentRef).doesNotContain(coachRef);
        });
        assertThat(records.get(0).value()).contains("track-started.v1");
        assertThat(records.get(1).value()).contains("track-completed.v1").contains("\"sessionsHeld\":1");
    }

    @Test
    void aTrackThatIsOnlyRequestedPublishesNothing() {
        String programme = Fixtures.programme(Fixtures.unique("HOSP"));
        String resident = TestTokens.resident(Fixtures.unique("res"), programme);
        String track = Fixtures.requestTrack(resident, programme);
        assertThat(TopicReader.readAll(Topics.COACHING, v -> v.contains(track), Duration.ofSeconds(2)))
                .isEmpty();
        given().auth()
                .oauth2(resident)
                .get("/api/tracks")
                .then()
                .statusCode(200)
                .body("items.id", contains(track))
                .body("items.state", contains("REQUESTED"));
        given().auth()
                .oauth2(resident)
                .get("/api/tracks?state=active")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
        given().auth()
                .oauth2(resident)
                .get("/api/tracks?state=bogus")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("state"));
    }

    static String institutionOf(String programme) {
        return programme.substring(0, programme.indexOf("-INT"));
    }
}

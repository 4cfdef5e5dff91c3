package nl.opleidingsklimaat.coaching.track;

import static io.restassured.RestAssured.given;
import static nl.opleidingsklimaat.coaching.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import nl.opleidingsklimaat.coaching.Fixtures;
import nl.opleidingsklimaat.testsupport.TestSql;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConfidentialityTest {
    @Inject
    AgroalDataSource dataSource;

    @Test
    void readsOfATrackByTheCocOfficeAreAuditedAndTheResidentsOwnAreNot() {
        String institution = Fixtures.unique("HOSP");
        String programme = Fixtures.programme(institution);
        String resident = TestTokens.resident(Fixtures.unique("res"), programme);
        String track = Fixtures.requestTrack(resident, programme);
        given().auth().oauth2(resident).get("/api/tracks/{id}", track).then().statusCode(200);
        assertThat(TestSql.count(dataSource, "SELECT count(*) FROM audit_entry WHERE resource_id = ?", track))
                .isZero();
        given().auth()
                .oauth2(TestTokens.coc(institution))
                .get("/api/tracks/{id}", track)
                .then()
                .statusCode(200);
        assertThat(TestSql.count(
                        dataSource,
                        "SELECT count(*) FROM audit_entry WHERE resource_id = ? AND action = 'read-track' AND actor = ?",
                        track,
                        "test-coc-" + institution))
                .isEqualTo(1);
    }

    @Test
    void listingTracksIsAuditedPerTrackForTheOfficeAndNotForTheResident() {
        String institution = Fixtures.unique("HOSP");
        String programme = Fixtures.programme(institution);
        String resident = TestTokens.resident(Fixtures.unique("res"), programme);
        String track = Fixtures.requestTrack(resident, programme);
        given().auth()
                .oauth2(resident)
                .get("/api/tracks")
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(track));
        assertThat(TestSql.count(dataSource, "SELECT count(*) FROM audit_entry WHERE resource_id = ?", track))
                .isZero();

        given().auth()
                .oauth2(TestTokens.coc(institution))
                .get("/api/tracks")
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(track));
        assertThat(TestSql.count(
                        dataSource,
                        "SELECT count(*) FROM audit_entry WHERE resource_id = ? AND action = 'list-tracks' AND actor = ?",
                        track,
                        "test-coc-" + institution))
                .isEqualTo(1);
    }

    @Test
    void anAbsurdPageIsABadRequestNotAServerError() {
        given().auth()
                .oauth2(TestTokens.coc("ANY"))
                .get("/api/tracks?page=2147483647&size=200")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", org.hamcrest.Matchers.containsString("page"));
    }

    @Test
    void reasonAndSessionNotesAreReadByTheResidentAndTheCoachOnly() {
        String institution = Fixtures.unique("HOSP");
        String programme = Fixtures.programme(institution);
        String coachRef = Fixtures.unique("coach");
        String coach = Fixtures.coach(coachRef, List.of("ELSEWHERE"), 3, List.of("werkdruk"), true);
        String resident = TestTokens.resident(Fixtures.unique("res"), programme);
        String track = Fixtures.activeTrack(resident, programme, coach, coachRef);
        String session = Fixtures.book(resident, track, at(1, DayOfWeek.MONDAY, LocalTime.of(9, 0)));
        given().auth()
                .oauth2(TestTokens.coach(coachRef))
                .contentType(ContentType.JSON)
                .body(Map.of("notes", "Vertrouwelijk gesprek"))
                .put("/api/tracks/{id}/sessions/{s}/notes", track, session)
                .then()
                .statusCode(200);

        for (String concerned : List.of(resident, TestTokens.coach(coachRef))) {
            given().auth()
                    .oauth2(concerned)
                    .get("/api/tracks/{id}/reason", track)
                    .then()
                    .statusCode(200)
                    .body("reason", equalTo("Werkdruk en grenzen stellen"));
            given().auth()
                    .oauth2(concerned)
                    .get("/api/tracks/{id}/sessions/{s}/notes", track, session)
                    .then()
                    .statusCode(200)
                    .body("notes", equalTo("Vertrouwelijk gesprek"));
        }

        List<String> others = List.of(
                TestTokens.director(programme),
                TestTokens.coc(institution),
                TestTokens.board(institution),
                TestTokens.system(),
                TestTokens.systemOfInstitution(institution),
                TestTokens.coordinator("OOR-TEST"),
                TestTokens.coach(Fixtures.unique("other-coach")),
                TestTokens.resident(Fixtures.unique("classmate"), programme));
        for (String other : others) {
            given().auth()
                    .oauth2(other)
                    .get("/api/tracks/{id}/reason", track)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
            given().auth()
                    .oauth2(other)
                    .get("/api/tracks/{id}/sessions/{s}/notes", track, session)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void onlyTheTracksOwnCoachWritesNotes() {
        String programme = Fixtures.programme(Fixtures.unique("HOSP"));
        String coachRef = Fixtures.unique("coach");
        String coach = Fixtures.coach(coachRef, List.of("ELSEWHERE"), 3, List.of("werkdruk"), true);
        String resident = TestTokens.resident(Fixtures.unique("res"), programme);
        String track = Fixtures.activeTrack(resident, programme, coach, coachRef);
        String session = Fixtures.book(resident, track, at(1, DayOfWeek.MONDAY, LocalTime.of(11, 0)));
        given().auth()
                .oauth2(TestTokens.coach(Fixtures.unique("other")))
                .contentType(ContentType.JSON)
                .body(Map.of("notes", "x"))
                .put("/api/tracks/{id}/sessions/{s}/notes", track, session)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(resident)
                .get("/api/tracks/{id}/sessions/{s}/notes", track, session)
                .then()
                .statusCode(200)
                .body("notes", equalTo(""));
    }

    @Test
    void theCocOfficeSeesTheTrackAndSessionsButNeitherReasonNorNotes() {
        String institution = Fixtures.unique("HOSP");
        String programme = Fixtures.programme(institution);
        String coachRef = Fixtures.unique("coach");
        String coach = Fixtures.coach(coachRef, List.of("ELSEWHERE"), 3, List.of("werkdruk"), true);
        String resident = TestTokens.resident(Fixtures.unique("res"), programme);
        String track = Fixtures.activeTrack(resident, programme, coach, coachRef);
        String session = Fixtures.book(resident, track, at(1, DayOfWeek.TUESDAY, LocalTime.of(9, 0)));
        given().auth()
                .oauth2(TestTokens.coach(coachRef))
                .contentType(ContentType.JSON)
                .body(Map.of("notes", "Geheim"))
                .put("/api/tracks/{id}/sessions/{s}/notes", track, session)
                .then()
                .statusCode(200);

        String coc = TestTokens.coc(institution);
        given().auth()
                .oauth2(coc)
                .get("/api/tracks/{id}", track)
                .then()
                .statusCode(200)
                .body("state", equalTo("ACTIVE"))
                .body("$", not(hasKey("reason")));
        given().auth()
                .oauth2(coc)
                .get("/api/tracks/{id}/sessions", track)
                .then()
                .statusCode(200)
                .body("items[0].hasNotes", equalTo(true))
                .body("items[0]", not(hasKey("notes")));
        given().auth()
                .oauth2(TestTokens.coc("ANOTHER"))
                .get("/api/tracks/{id}", track)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.board(institution))
                .get("/api/tracks/{id}", track)
                .then()
                .statusCode(404);
    }

    @Test
    void theDirectorIsNotToldOfATrackUnlessTheResidentShares() {
        String programme = Fixtures.programme(Fixtures.unique("HOSP"));
        String director = TestTokens.director(programme);
        String secret = Fixtures.requestTrack(TestTokens.resident(Fixtures.unique("res"), programme), programme);
        given().auth()
                .oauth2(director)
                .get("/api/tracks/{id}", secret)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(director)
                .get("/api/tracks/{id}/sessions", secret)
                .then()
                .statusCode(404);

        String sharing = TestTokens.resident(Fixtures.unique("res"), programme);
        String shared = given().auth()
                .oauth2(sharing)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "programmeCode",
                        programme,
                        "offerTypeCode",
                        "coaching",
                        "reason",
                        "Loopbaankeuze",
                        "shareWithDirector",
                        true))
                .post("/api/tracks")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(director)
                .get("/api/tracks/{id}", shared)
                .then()
                .statusCode(200)
                .body("sharedWithDirector", equalTo(true));
        given().auth()
                .oauth2(director)
                .get("/api/tracks/{id}/reason", shared)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.director("OTHER-PROG"))
                .get("/api/tracks/{id}", shared)
                .then()
                .statusCode(404);
    }
}

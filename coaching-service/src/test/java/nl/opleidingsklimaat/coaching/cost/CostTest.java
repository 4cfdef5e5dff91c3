package nl.opleidingsklimaat.coaching.cost;

import static io.restassured.RestAssured.given;
import static nl.opleidingsklimaat.coaching.Fixtures.ago;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import nl.opleidingsklimaat.coaching.Fixtures;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CostTest {

    @Test
    void theResidentPays150AndTheDepartmentTheRestOfTheSessionsHeld() {
        String institution = Fixtures.unique("HOSP");
        String programme = Fixtures.programme(institution);
        String coachRef = Fixtures.unique("coach");
        String coach =
                Fixtures.coach(coachRef, List.of("ELSEWHERE"), 3, List.of("werkdruk"), true); // EUR 125 per session
        String coachToken = TestTokens.coach(coachRef);

        String resident = TestTokens.resident(Fixtures.unique("res"), programme);
        String full = Fixtures.activeTrack(resident, programme, coach, coachRef);
        for (int week = 1; week <= 6; week++) {
            String session = Fixtures.book(resident, full, ago(week, DayOfWeek.MONDAY, LocalTime.of(13, 0)));
            given().auth()
                    .oauth2(coachToken)
                    .post("/api/tracks/{id}/sessions/{s}/held", full, session)
                    .then()
                    .statusCode(200);
        }
        given().auth()
                .oauth2(resident)
                .get("/api/tracks/{id}/costs", full)
                .then()
                .statusCode(200)
                .body("sessionsHeld", equalTo(6))
                .body("totalFees", equalTo(750.0f))
                .body("ownContribution", equalTo(150.0f))
                .body("departmentShare", equalTo(600.0f));

        // a track stopped after one session: the resident never pays more than the fees
        String short_ = TestTokens.resident(Fixtures.unique("res"), programme);
        String stopped = Fixtures.activeTrack(short_, programme, coach, coachRef);
        String only = Fixtures.book(short_, stopped, ago(1, DayOfWeek.MONDAY, LocalTime.of(15, 0)));
        given().auth()
                .oauth2(coachToken)
                .post("/api/tracks/{id}/sessions/{s}/held", stopped, only)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(short_)
                .post("/api/tracks/{id}/cancel", stopped)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(short_)
                .get("/api/tracks/{id}/costs", stopped)
                .then()
                .statusCode(200)
                .body("totalFees", equalTo(125.0f))
                .body("ownContribution", equalTo(125.0f))
                .body("departmentShare", equalTo(0.0f));

        // two residents' tracks: the department's figures and the totals are theirs, so the overview leaves them out
        given().auth()
                .oauth2(TestTokens.coc(institution))
                .get("/api/cost-overviews/institutions/{code}", institution)
                .then()
                .statusCode(200)
                .body("ownContributionPerTrack", equalTo(150.0f))
                .body("departments[0].programmeCode", equalTo(programme))
                .body("departments[0].tracks.display", equalTo("fewer than 4"))
                .body("departments[0]", not(hasKey("totalFees")))
                .body("departments[0]", not(hasKey("ownContributions")))
                .body("$", not(hasKey("departmentShare")))
                .body("totalsNote", equalTo("fewer than 4"));
    }

    @Test
    void oneTrackShowsNoEur150AndNoCountOfOneInTheCostOverview() {
        String institution = Fixtures.unique("HOSP");
        String programme = Fixtures.programme(institution);
        String coachRef = Fixtures.unique("coach");
        String coach = Fixtures.coach(coachRef, List.of("ELSEWHERE"), 5, List.of("werkdruk"), true);
        trackWithTwoSessionsHeld(programme, coach, coachRef, 1); // EUR 250: the resident pays 150, the department 100

        for (String token : List.of(
                TestTokens.coc(institution),
                TestTokens.board(institution),
                TestTokens.systemOfInstitution(institution))) {
            given().auth()
                    .oauth2(token)
                    .get("/api/cost-overviews/institutions/{code}", institution)
                    .then()
                    .statusCode(200)
                    .body(not(containsString("ownContributions")))
                    .body(not(containsString("Fees")))
                    .body(not(containsString("\"value\":1")))
                    .body(not(containsString("sessionsHeld")))
                    .body("departments[0].tracks.display", equalTo("fewer than 4"));
        }
    }

    @Test
    void fourResidentsTracksShowTheFiguresAndAHiddenDepartmentHidesTheTotals() {
        String institution = Fixtures.unique("HOSP");
        String programme = Fixtures.programme(institution);
        String coachRef = Fixtures.unique("coach");
        String coach = Fixtures.coach(coachRef, List.of("ELSEWHERE"), 10, List.of("werkdruk"), true);
        for (int i = 1; i <= 4; i++) {
            trackWithTwoSessionsHeld(programme, coach, coachRef, i);
        }
        String coc = TestTokens.coc(institution);
        given().auth()
                .oauth2(coc)
                .get("/api/cost-overviews/institutions/{code}", institution)
                .then()
                .statusCode(200)
                .body("departments[0].tracks.value", equalTo(4))
                .body("departments[0].sessionsHeld", equalTo(8))
                .body("departments[0].totalFees", equalTo(1000.0f))
                .body("departments[0].ownContributions", equalTo(600.0f))
                .body("departments[0].departmentShare", equalTo(400.0f))
                .body("totalFees", equalTo(1000.0f))
                .body("ownContributions", equalTo(600.0f))
                .body("$", not(hasKey("totalsNote")));

        // one track in a second department: the institution total minus the first department would be that one track
        String small = Fixtures.programme(institution);
        trackWithTwoSessionsHeld(small, coach, coachRef, 5);
        given().auth()
                .oauth2(coc)
                .get("/api/cost-overviews/institutions/{code}", institution)
                .then()
                .statusCode(200)
                .body("$", not(hasKey("totalFees")))
                .body("$", not(hasKey("ownContributions")))
                .body("$", not(hasKey("departmentShare")))
                .body("totalsNote", equalTo("not shown: it would reveal a programme with fewer than 4"))
                .body("departments.find { it.programmeCode == '" + programme + "' }.totalFees", equalTo(1000.0f))
                .body(
                        "departments.find { it.programmeCode == '" + small + "' }.tracks.display",
                        equalTo("fewer than 4"))
                .body("departments.find { it.programmeCode == '" + small + "' }.totalFees", nullValue());
    }

    /** A resident's track with two sessions of EUR 125 held, in the given week. */
    private static void trackWithTwoSessionsHeld(String programme, String coach, String coachRef, int week) {
        String resident = TestTokens.resident(Fixtures.unique("res"), programme);
        String track = Fixtures.activeTrack(resident, programme, coach, coachRef);
        for (LocalTime time : List.of(LocalTime.of(9, 0), LocalTime.of(11, 0))) {
            String session = Fixtures.book(resident, track, ago(week, DayOfWeek.TUESDAY, time));
            given().auth()
                    .oauth2(TestTokens.coach(coachRef))
                    .post("/api/tracks/{id}/sessions/{s}/held", track, session)
                    .then()
                    .statusCode(200);
        }
    }

    @Test
    void theCostOverviewIsForTheInstitutionsCocBoardAndScopedSystemsOnly() {
        String institution = Fixtures.unique("HOSP");
        String programme = Fixtures.programme(institution);
        given().auth()
                .oauth2(TestTokens.board(institution))
                .get("/api/cost-overviews/institutions/{code}", institution)
                .then()
                .statusCode(200)
                .body("totalFees", equalTo(0.0f));
        given().auth()
                .oauth2(TestTokens.coc("OTHER"))
                .get("/api/cost-overviews/institutions/{code}", institution)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.director(programme))
                .get("/api/cost-overviews/institutions/{code}", institution)
                .then()
                .statusCode(403);
        given().get("/api/cost-overviews/institutions/{code}", institution)
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(TestTokens.system())
                .get("/api/cost-overviews/institutions/{code}", institution)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.systemOfInstitution("OTHER"))
                .get("/api/cost-overviews/institutions/{code}", institution)
                .then()
                .statusCode(404);
    }
}

package nl.opleidingsklimaat.coaching;

import static io.restassured.RestAssured.given;
import static nl.opleidingsklimaat.coaching.Fixtures.at;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CostTest {

    @Test
    void theResidentPays150AndTheDepartmentTheRestOfTheSessionsHeld() {
        String institution = Fixtures.unique("HOSP");
        String programme = Fixtures.programme(institution);
        String coachRef = Fixtures.unique("coach");
        String coach = Fixtures.coach(coachRef, List.of("ELSEWHERE"), 3, List.of("werkdruk"), true); // EUR 125 per session
        String coachToken = TestTokens.coach(coachRef);

        String resident = TestTokens.resident(Fixtures.unique("res"), programme);
        String full = Fixtures.activeTrack(resident, programme, coach, coachRef);
        for (int week = 1; week <= 6; week++) {
            String session = Fixtures.book(resident, full, at(week, DayOfWeek.MONDAY, LocalTime.of(13, 0)));
            given().auth().oauth2(coachToken).post("/api/tracks/{id}/sessions/{s}/held", full, session).then().statusCode(200);
        }
        given().auth().oauth2(resident).get("/api/tracks/{id}/costs", full).then().statusCode(200)
                .body("sessionsHeld", equalTo(6)).body("totalFees", equalTo(750.0f))
                .body("ownContribution", equalTo(150.0f)).body("departmentShare", equalTo(600.0f));

        // a track stopped after one session: the resident never pays more than the fees
        String short_ = TestTokens.resident(Fixtures.unique("res"), programme);
        String stopped = Fixtures.activeTrack(short_, programme, coach, coachRef);
        String only = Fixtures.book(short_, stopped, at(1, DayOfWeek.MONDAY, LocalTime.of(15, 0)));
        given().auth().oauth2(coachToken).post("/api/tracks/{id}/sessions/{s}/held", stopped, only).then().statusCode(200);
        given().auth().oauth2(short_).post("/api/tracks/{id}/cancel", stopped).then().statusCode(200);
        given().auth().oauth2(short_).get("/api/tracks/{id}/costs", stopped).then().statusCode(200)
                .body("totalFees", equalTo(125.0f)).body("ownContribution", equalTo(125.0f)).body("departmentShare", equalTo(0.0f));

        given().auth().oauth2(TestTokens.coc(institution)).get("/api/cost-overviews/institutions/{code}", institution).then().statusCode(200)
                .body("ownContributionPerTrack", equalTo(150.0f))
                .body("departments[0].programmeCode", equalTo(programme))
                .body("departments[0].sessionsHeld", equalTo(7))
                .body("departments[0].totalFees", equalTo(875.0f))
                .body("departments[0].ownContributions", equalTo(275.0f))
                .body("departments[0].departmentShare", equalTo(600.0f))
                .body("departments[0].tracks.display", equalTo("fewer than 4"))
                .body("departmentShare", equalTo(600.0f));
    }

    @Test
    void theCostOverviewIsForTheInstitutionsCocAndBoardOnly() {
        String institution = Fixtures.unique("HOSP");
        String programme = Fixtures.programme(institution);
        given().auth().oauth2(TestTokens.board(institution)).get("/api/cost-overviews/institutions/{code}", institution).then().statusCode(200)
                .body("totalFees", equalTo(0.0f));
        given().auth().oauth2(TestTokens.coc("OTHER")).get("/api/cost-overviews/institutions/{code}", institution).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.director(programme)).get("/api/cost-overviews/institutions/{code}", institution).then()
                .statusCode(403);
        given().get("/api/cost-overviews/institutions/{code}", institution).then().statusCode(401);
    }
}

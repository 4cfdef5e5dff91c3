package nl.opleidingsklimaat.coaching.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import nl.opleidingsklimaat.coaching.Fixtures;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** Counts shown to people who are not concerned: small cells and the differencing rule, over HTTP. */
@QuarkusTest
class StatisticsTest {

    @Test
    void othersSeeCountsAndCountsBelowFourReadFewerThanFour() {
        String institution = Fixtures.unique("HOSP");
        String programme = Fixtures.programme(institution);
        for (int i = 0; i < 3; i++) {
            Fixtures.requestTrack(TestTokens.resident(Fixtures.unique("res"), programme), programme);
        }
        for (String token :
                List.of(TestTokens.director(programme), TestTokens.board(institution), TestTokens.coc(institution))) {
            given().auth()
                    .oauth2(token)
                    .get("/api/coaching-statistics/programmes/{code}", programme)
                    .then()
                    .statusCode(200)
                    .body("residentsInCoaching.display", equalTo("fewer than 4"))
                    .body("residentsInCoaching.value", nullValue())
                    .body("tracksCompleted.value", equalTo(0)); // 0 says nothing about anyone (SmallCells)
        }
        Fixtures.requestTrack(TestTokens.resident(Fixtures.unique("res"), programme), programme);
        given().auth()
                .oauth2(TestTokens.director(programme))
                .get("/api/coaching-statistics/programmes/{code}", programme)
                .then()
                .statusCode(200)
                .body("residentsInCoaching.value", equalTo(4))
                .body("residentsInCoaching.display", equalTo("4"));
        given().auth()
                .oauth2(TestTokens.board(institution))
                .get("/api/coaching-statistics/institutions/{code}", institution)
                .then()
                .statusCode(200)
                .body("residentsInCoaching.value", equalTo(4))
                .body("programmes[0].programmeCode", equalTo(programme));
    }

    @Test
    void anInstitutionTotalIsWithheldWhenItWouldRevealAProgrammeBelowFour() {
        String institution = Fixtures.unique("HOSP");
        String big = Fixtures.programme(institution);
        String small = Fixtures.programme(institution);
        for (int i = 0; i < 4; i++) {
            Fixtures.requestTrack(TestTokens.resident(Fixtures.unique("res"), big), big);
        }
        Fixtures.requestTrack(TestTokens.resident(Fixtures.unique("res"), small), small);
        given().auth()
                .oauth2(TestTokens.board(institution))
                .get("/api/coaching-statistics/institutions/{code}", institution)
                .then()
                .statusCode(200)
                .body("residentsInCoaching.value", nullValue())
                .body(
                        "residentsInCoaching.display",
                        equalTo("not shown: it would reveal a programme with fewer than 4"))
                .body("programmes.find { it.programmeCode == '" + big + "' }.residentsInCoaching.value", equalTo(4))
                .body(
                        "programmes.find { it.programmeCode == '" + small + "' }.residentsInCoaching.display",
                        equalTo("fewer than 4"));
    }

    @Test
    void statisticsOutOfScopeAnswer404() {
        String institution = Fixtures.unique("HOSP");
        String programme = Fixtures.programme(institution);
        given().auth()
                .oauth2(TestTokens.director("OTHER-PROG"))
                .get("/api/coaching-statistics/programmes/{code}", programme)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.board("OTHER"))
                .get("/api/coaching-statistics/institutions/{code}", institution)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.resident("res", programme))
                .get("/api/coaching-statistics/programmes/{code}", programme)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }
}

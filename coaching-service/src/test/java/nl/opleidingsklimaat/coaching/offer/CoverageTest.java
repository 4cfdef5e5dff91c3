package nl.opleidingsklimaat.coaching.offer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import nl.opleidingsklimaat.coaching.Fixtures;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** Coverage counts only offers that meet the policy's conditions; the rest is shown apart, with the reasons. */
@QuarkusTest
class CoverageTest {

    @Test
    void anOfferWithThreeShortfallsIsNotCoverageAndTheCoverageSaysWhy() {
        String institution = Fixtures.unique("HOSP");
        String programme = Fixtures.programme(institution);
        String coc = TestTokens.coc(institution);
        String mentored = programme + "-m";
        String coached = programme + "-c";
        String both = programme + "-b";
        offer(coc, mentored, programme, "mentoring");
        offer(coc, coached, programme, "coaching");
        offer(coc, both, programme, "mentoring");
        offer(coc, both, programme, "coaching");

        given().auth()
                .oauth2(coc)
                .get("/api/coverage/programmes/{code}", programme)
                .then()
                .statusCode(200)
                .body("residentsKnown", equalTo(3))
                .body("residentsOffered", equalTo(2))
                .body("residentsOfferedWithShortfallsOnly", equalTo(1))
                .body("coveragePercent", equalTo(66.7f))
                .body("lagging", equalTo(true))
                .body("offersFallingShort", equalTo(2))
                .body("fallingShort.offerTypeCode", contains("mentoring"))
                .body("fallingShort[0].residents", equalTo(1))
                .body(
                        "fallingShort[0].shortfalls.code",
                        contains("independent-coach", "training-budget", "central-coc"))
                .body("fallingShort[0].shortfalls.preferred", contains(false, false, true));
        given().auth()
                .oauth2(coc)
                .get("/api/coverage/institutions/{code}", institution)
                .then()
                .statusCode(200)
                .body("residentsOffered", equalTo(2))
                .body("residentsOfferedWithShortfallsOnly", equalTo(1))
                .body("laggingProgrammes", contains(programme));
    }

    @Test
    void aProgrammeWhoseResidentsHaveOnlyConformingOffersHasNoShortfalls() {
        String institution = Fixtures.unique("HOSP");
        String programme = Fixtures.programme(institution);
        String coc = TestTokens.coc(institution);
        offer(coc, programme + "-a", programme, "coaching");

        given().auth()
                .oauth2(coc)
                .get("/api/coverage/programmes/{code}", programme)
                .then()
                .statusCode(200)
                .body("residentsOffered", equalTo(1))
                .body("residentsOfferedWithShortfallsOnly", equalTo(0))
                .body("coveragePercent", equalTo(100.0f))
                .body("lagging", equalTo(false))
                .body("fallingShort", empty());
    }

    private static void offer(String token, String resident, String programme, String type) {
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "residentReference",
                        resident,
                        "programmeCode",
                        programme,
                        "offerTypeCode",
                        type,
                        "offeredOn",
                        LocalDate.now().toString()))
                .post("/api/offers")
                .then()
                .statusCode(201);
    }
}

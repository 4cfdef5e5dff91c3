package nl.opleidingsklimaat.coaching.offer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import nl.opleidingsklimaat.coaching.Fixtures;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OfferTest {

    @Test
    void offerTypesCarryTheSixConditionsOfThePolicyAndWhereTheyFallShort() {
        String token = TestTokens.coc("ANY");
        given().auth()
                .oauth2(token)
                .get("/api/offer-types/coaching")
                .then()
                .statusCode(200)
                .body("sessionsPerTrack", equalTo(6))
                .body(
                        "conditions.code",
                        contains(
                                "individual",
                                "independent-coach",
                                "medical-experience",
                                "training-budget",
                                "within-working-hours",
                                "central-coc"))
                .body("conditions.met", contains(true, true, true, true, true, true))
                .body(
                        "conditions[4].text",
                        equalTo(
                                "Ruimte dit zodanig met de werktijden af te stemmen, dat een volwaardige (coach-) sessie gevolgd kan worden."
                                        .replace(".", "")))
                .body("meetsAllConditions", equalTo(true))
                .body("shortfalls", empty());
        given().auth()
                .oauth2(token)
                .get("/api/offer-types/mentoring")
                .then()
                .statusCode(200)
                .body("meetsAllConditions", equalTo(false))
                .body("shortfalls.code", containsInAnyOrder("independent-coach", "training-budget", "central-coc"))
                .body("shortfalls.find { it.code == 'central-coc' }.preferred", equalTo(true));
        given().auth()
                .oauth2(token)
                .get("/api/offer-types")
                .then()
                .statusCode(200)
                .body("code", hasSize(4));
        given().auth()
                .oauth2(token)
                .get("/api/offer-types/yoga")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void coverageShowsResidentsOfferedAgainstResidentsKnownWithTheLaggingProgrammesFirst() {
        String institution = Fixtures.unique("HOSP");
        String lagging = Fixtures.programme(institution);
        String covered = Fixtures.programme(institution);
        String coc = TestTokens.coc(institution);
        for (String resident : new String[] {"a", "b", "c"}) {
            given().auth()
                    .oauth2(coc)
                    .contentType(ContentType.JSON)
                    .body(Map.of("residentReference", lagging + resident, "programmeCode", lagging))
                    .post("/api/residents")
                    .then()
                    .statusCode(201);
        }
        offer(coc, lagging + "a", lagging, "mentoring")
                .then()
                .statusCode(201)
                .body("meetsAllConditions", equalTo(false))
                .body("shortfalls.code", contains("independent-coach", "training-budget", "central-coc"));
        offer(coc, covered + "x", covered, "coaching").then().statusCode(201).body("meetsAllConditions", equalTo(true));
        offer(TestTokens.director(covered), covered + "y", covered, "intervision")
                .then()
                .statusCode(201);
        offer(coc, covered + "y", covered, "coaching").then().statusCode(201);

        given().auth()
                .oauth2(coc)
                .get("/api/coverage/institutions/{code}", institution)
                .then()
                .statusCode(200)
                .body("residentsKnown", equalTo(5))
                .body("residentsOffered", equalTo(2))
                .body("residentsOfferedWithShortfallsOnly", equalTo(1))
                .body("coveragePercent", equalTo(40.0f))
                .body("laggingProgrammes", contains(lagging))
                .body("programmes.programmeCode", contains(lagging, covered))
                .body("programmes[0].residentsKnown", equalTo(3))
                .body("programmes[0].residentsOffered", equalTo(0))
                .body("programmes[0].coveragePercent", equalTo(0.0f))
                .body("programmes[0].offersFallingShort", equalTo(1))
                .body("programmes[1].residentsOffered", equalTo(2))
                .body("programmes[1].lagging", equalTo(false));

        // the COC sees which offers fall short and why
        given().auth()
                .oauth2(coc)
                .get("/api/offers?institution={i}&fallingShort=true", institution)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.find { it.offerTypeCode == 'intervision' }.shortfalls.code", contains("individual"))
                .body("items.find { it.offerTypeCode == 'mentoring' }.residentReference", equalTo(lagging + "a"))
                .body(
                        "items.find { it.offerTypeCode == 'mentoring' }.shortfalls.text",
                        contains(
                                "Onafhankelijke begeleider / gesprekspartner / coach",
                                "Initiële bekostiging vanuit het opleidingsbudget",
                                "Bij voorkeur centraal georganiseerd vanuit COC"));
        given().auth()
                .oauth2(coc)
                .get("/api/offers?institution={i}", institution)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(4));
        given().auth()
                .oauth2(TestTokens.coc("OTHER"))
                .get("/api/offers?institution={i}", institution)
                .then()
                .statusCode(404);
    }

    @Test
    void badOffersAreRefusedAndNothingIsStored() {
        String institution = Fixtures.unique("HOSP");
        String programme = Fixtures.programme(institution);
        String coc = TestTokens.coc(institution);
        offer(coc, "r1", programme, "yoga")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("offerTypeCode"));
        offer(coc, "r1", "NO-SUCH-PROG", "coaching").then().statusCode(404);
        offer(TestTokens.coc("OTHER"), "r1", programme, "coaching").then().statusCode(404);
        offer(TestTokens.resident("r1", programme), "r1", programme, "coaching")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(coc)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "residentReference",
                        "r1",
                        "programmeCode",
                        programme,
                        "offerTypeCode",
                        "coaching",
                        "offeredOn",
                        LocalDate.now().plusDays(5).toString()))
                .post("/api/offers")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("offeredOn"));
        given().auth()
                .oauth2(coc)
                .contentType(ContentType.JSON)
                .body("{not json")
                .post("/api/offers")
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(coc)
                .get("/api/coverage/programmes/{code}", programme)
                .then()
                .statusCode(200)
                .body("residentsKnown", equalTo(0))
                .body("residentsOffered", equalTo(0));

        given().auth()
                .oauth2(coc)
                .contentType(ContentType.JSON)
                .body(Map.of("residentReference", "r2", "programmeCode", programme))
                .post("/api/residents")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(coc)
                .contentType(ContentType.JSON)
                .body(Map.of("residentReference", "r2", "programmeCode", programme))
                .post("/api/residents")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void aResidentSeesOwnOffersOnlyAndStaffSeeTheirScope() {
        String institution = Fixtures.unique("HOSP");
        String programme = Fixtures.programme(institution);
        String me = Fixtures.unique("res");
        String offer = offer(TestTokens.coc(institution), me, programme, "coaching")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        offer(TestTokens.coc(institution), Fixtures.unique("res"), programme, "intervision")
                .then()
                .statusCode(201);

        given().auth()
                .oauth2(TestTokens.resident(me, programme))
                .get("/api/offers")
                .then()
                .statusCode(200)
                .body("items.id", contains(offer))
                .body("totalItems", equalTo(1));
        given().auth()
                .oauth2(TestTokens.resident(me, programme))
                .get("/api/offers/{id}", offer)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TestTokens.resident("someone-else", programme))
                .get("/api/offers/{id}", offer)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.director(programme))
                .get("/api/offers?programme={p}", programme)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2));
        given().auth()
                .oauth2(TestTokens.director("OTHER"))
                .get("/api/offers?programme={p}", programme)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.coc(institution))
                .get("/api/offers?programme={p}&size=500", programme)
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(TestTokens.coc("OTHER"))
                .get("/api/coverage/institutions/{code}", institution)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.director(programme))
                .get("/api/coverage/institutions/{code}", institution)
                .then()
                .statusCode(403);
    }

    private static io.restassured.response.Response offer(
            String token, String resident, String programme, String type) {
        return given().auth()
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
                        "2026-03-01"))
                .post("/api/offers");
    }
}

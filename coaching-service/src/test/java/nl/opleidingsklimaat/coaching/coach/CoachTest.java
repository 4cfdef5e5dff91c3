package nl.opleidingsklimaat.coaching.coach;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.opleidingsklimaat.coaching.Fixtures;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CoachTest {

    @Test
    void theCocOfficeRegistersCoachesAndBadProfilesAreRefused() {
        String reference = Fixtures.unique("coach");
        Map<String, Object> body = new HashMap<>(Map.of(
                "reference",
                reference,
                "name",
                "J. van Dam",
                "expertise",
                List.of("loopbaan"),
                "experienceWithResidents",
                true,
                "medicalBackground",
                true,
                "institutions",
                List.of("EMC"),
                "capacity",
                4,
                "available",
                true,
                "sessionFee",
                "125.00"));
        var created = given().auth()
                .oauth2(TestTokens.coc("EMC"))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/coaches")
                .then()
                .statusCode(201)
                .body("capacity", equalTo(4))
                .body("tracksInHand", equalTo(0))
                .extract();
        String id = created.path("id");
        org.assertj.core.api.Assertions.assertThat(created.header("Location")).endsWith("/api/coaches/" + id);
        given().auth()
                .oauth2(TestTokens.coc("EMC"))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/coaches")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");

        body.put("reference", Fixtures.unique("coach"));
        body.put("capacity", 0);
        body.put("sessionFee", "-1");
        given().auth()
                .oauth2(TestTokens.system())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/coaches")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("capacity"))
                .body("violations.field", hasItem("sessionFee"));
        given().auth()
                .oauth2(TestTokens.resident("r", "P"))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/coaches")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.resident("r", "P"))
                .get("/api/coaches/{id}", id)
                .then()
                .statusCode(200)
                .body("name", equalTo("J. van Dam"));
    }

    @Test
    void aCoachChangesOwnAvailabilityButCapacityNeverDropsBelowTheTracksInHand() {
        String programme = Fixtures.programme(Fixtures.unique("HOSP"));
        String reference = Fixtures.unique("coach");
        String coach = Fixtures.coach(reference, List.of("ELSEWHERE"), 2, List.of("werkdruk"), true);
        String resident = TestTokens.resident(Fixtures.unique("res"), programme);
        Fixtures.match(resident, Fixtures.requestTrack(resident, programme), coach);

        given().auth()
                .oauth2(TestTokens.coach(reference))
                .contentType(ContentType.JSON)
                .body(Map.of("available", true, "capacity", 0))
                .put("/api/coaches/{id}/availability", coach)
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(TestTokens.coach(Fixtures.unique("someone")))
                .contentType(ContentType.JSON)
                .body(Map.of("available", false, "capacity", 2))
                .put("/api/coaches/{id}/availability", coach)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.coach(reference))
                .contentType(ContentType.JSON)
                .body(Map.of("available", false, "capacity", 1))
                .put("/api/coaches/{id}/availability", coach)
                .then()
                .statusCode(200)
                .body("available", equalTo(false))
                .body("tracksInHand", equalTo(1));

        // an unavailable coach is neither proposed nor matched
        String other = TestTokens.resident(Fixtures.unique("res"), programme);
        String track = Fixtures.requestTrack(other, programme);
        given().auth()
                .oauth2(other)
                .queryParam("size", 200)
                .get("/api/tracks/{id}/match-proposals", track)
                .then()
                .statusCode(200)
                .body("items.coachId", org.hamcrest.Matchers.not(hasItem(coach)));
        given().auth()
                .oauth2(other)
                .contentType(ContentType.JSON)
                .body(Map.of("coachId", coach))
                .post("/api/tracks/{id}/match", track)
                .then()
                .statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("not available"));
    }
}

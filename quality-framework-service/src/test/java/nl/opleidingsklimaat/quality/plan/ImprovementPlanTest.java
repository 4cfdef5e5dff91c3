package nl.opleidingsklimaat.quality.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.opleidingsklimaat.contracts.Topics;
import nl.opleidingsklimaat.quality.Fixtures;
import nl.opleidingsklimaat.testsupport.TestTokens;
import nl.opleidingsklimaat.testsupport.TopicReader;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImprovementPlanTest {

    static String open(String token, String programme) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "subjectType",
                        "PROGRAMME",
                        "subjectCode",
                        programme,
                        "cycle",
                        "2026",
                        "title",
                        "Verbeterplan 2026"))
                .post("/api/improvement-plans")
                .then()
                .statusCode(201)
                .body("state", equalTo("PLAN"))
                .extract()
                .path("id");
    }

    static void move(String token, String plan, Map<String, Object> body, int status) {
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/improvement-plans/" + plan + "/transitions")
                .then()
                .statusCode(status);
    }

    /** What HTTP shows of the PDCA rules (status codes, history, events); the rules themselves: PdcaRulesTest. */
    @Test
    void aPlanMovesThroughPdcaOnlyByItsRules() {
        Fixtures.Organisation org = Fixtures.organisation();
        String token = TestTokens.director(org.programme());
        String plan = open(token, org.programme());

        move(token, plan, Map.of("to", "DO"), 422);
        Map<String, Object> vague =
                new HashMap<>(Map.of("what", "Feedbackcultuur verbeteren", "domainCode", "opleidingsklimaat"));
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(vague)
                .post("/api/improvement-plans/" + plan + "/actions")
                .then()
                .statusCode(201);
        vague.put("domainCode", "onzin");
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(vague)
                .post("/api/improvement-plans/" + plan + "/actions")
                .then()
                .statusCode(400);
        String location = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "what", "Vaste supervisor per dienst", "ownerReference", "person-7", "dueDate", "2027-03-01"))
                .post("/api/improvement-plans/" + plan + "/actions")
                .then()
                .statusCode(201)
                .body("overdue", equalTo(false))
                .extract()
                .header("Location");
        given().auth().oauth2(token).get(location).then().statusCode(200).body("ownerReference", equalTo("person-7"));
        move(token, plan, Map.of("to", "CHECK"), 409);
        move(token, plan, Map.of("to", "DO", "note", "Start"), 200);
        move(token, plan, Map.of("to", "CHECK"), 400);
        move(token, plan, Map.of("to", "CHECK", "nextMeasurement", "Opleidingsmonitor 2027"), 200);
        move(token, plan, Map.of("to", "ACT"), 200);
        move(token, plan, Map.of("to", "CLOSED"), 200);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("what", "Te laat"))
                .post("/api/improvement-plans/" + plan + "/actions")
                .then()
                .statusCode(409);

        given().auth()
                .oauth2(token)
                .get("/api/improvement-plans/" + plan)
                .then()
                .statusCode(200)
                .body("plan.state", equalTo("CLOSED"))
                .body("plan.nextMeasurement", equalTo("Opleidingsmonitor 2027"));
        given().auth()
                .oauth2(token)
                .get("/api/improvement-plans/" + plan + "/history")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(7))
                .body("items.toState.findAll { it != null }", contains("PLAN", "DO", "CHECK", "ACT", "CLOSED"))
                .body("items.actor", hasItem("test-director"));

        var events = TopicReader.readAll(Topics.QUALITY, v -> v.contains(plan), Duration.ofSeconds(2));
        assertThat(events).extracting(r -> r.key()).containsOnly("programme/" + org.programme());
        assertThat(events)
                .extracting(r -> r.value().contains("improvement-plan-opened") ? "opened" : "closed")
                .containsExactly("opened", "closed");
    }

    @Test
    void overdueActionsAreVisiblePerInstitutionToItsCocOnly() {
        Fixtures.Organisation org = Fixtures.organisation();
        String token = TestTokens.director(org.programme());
        String plan = open(token, org.programme());
        String yesterday = LocalDate.now().minusDays(1).toString();
        String action = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("what", "Inwerkprotocol schrijven", "ownerReference", "person-8", "dueDate", yesterday))
                .post("/api/improvement-plans/" + plan + "/actions")
                .then()
                .statusCode(201)
                .body("overdue", equalTo(true))
                .extract()
                .path("id");

        given().auth()
                .oauth2(TestTokens.coc(org.institution()))
                .queryParam("institutionCode", org.institution())
                .get("/api/overdue-actions")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].what", equalTo("Inwerkprotocol schrijven"))
                .body("items[0].daysOverdue", equalTo(1))
                .body("items[0].subjectCode", equalTo(org.programme()));
        given().auth()
                .oauth2(TestTokens.coc("OTHER-INST"))
                .queryParam("institutionCode", org.institution())
                .get("/api/overdue-actions")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.coc(org.institution()))
                .get("/api/overdue-actions")
                .then()
                .statusCode(400);

        Map<String, Object> done = Map.of(
                "what",
                "Inwerkprotocol schrijven",
                "ownerReference",
                "person-8",
                "dueDate",
                yesterday,
                "status",
                "DONE");
        String asRead = actionTag(token, plan, action);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(done)
                .put("/api/improvement-plans/" + plan + "/actions/" + action)
                .then()
                .statusCode(428)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(token)
                .header("If-Match", asRead)
                .contentType(ContentType.JSON)
                .body(done)
                .put("/api/improvement-plans/" + plan + "/actions/" + action)
                .then()
                .statusCode(200)
                .body("overdue", equalTo(false));
        // a colleague who read the action before that change cannot overwrite it
        given().auth()
                .oauth2(token)
                .header("If-Match", asRead)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "what", "Iets anders", "ownerReference", "person-9", "dueDate", yesterday, "status", "OPEN"))
                .put("/api/improvement-plans/" + plan + "/actions/" + action)
                .then()
                .statusCode(412);
        given().auth()
                .oauth2(token)
                .get("/api/improvement-plans/" + plan + "/actions/" + action)
                .then()
                .body("what", equalTo("Inwerkprotocol schrijven"))
                .body("status", equalTo("DONE"));
        given().auth()
                .oauth2(TestTokens.advisor(org.region()))
                .queryParam("institutionCode", org.institution())
                .get("/api/overdue-actions")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void anotherProgrammesPlanIs404() {
        Fixtures.Organisation org = Fixtures.organisation();
        String plan = open(TestTokens.coc(org.institution()), org.programme());
        given().auth()
                .oauth2(TestTokens.director("OTHER-PRG"))
                .get("/api/improvement-plans/" + plan)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.director("OTHER-PRG"))
                .contentType(ContentType.JSON)
                .body(Map.of("to", "DO"))
                .post("/api/improvement-plans/" + plan + "/transitions")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.director(org.programme()))
                .get("/api/improvement-plans/" + plan)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TestTokens.director("OTHER-PRG"))
                .queryParam("subjectCode", org.programme())
                .get("/api/improvement-plans")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
    }

    private static String actionTag(String token, String plan, String action) {
        return given().auth()
                .oauth2(token)
                .get("/api/improvement-plans/" + plan + "/actions/" + action)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }
}

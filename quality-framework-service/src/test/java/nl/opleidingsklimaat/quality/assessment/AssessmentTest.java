package nl.opleidingsklimaat.quality.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.opleidingsklimaat.quality.Fixtures;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AssessmentTest {

    static String start(String token, String type, String code, int year) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("subjectType", type, "subjectCode", code, "year", year))
                .post("/api/assessments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void aProgrammeIsAssessedOnTheTasksOfAiosAndOpleiderEnOpleidingsgroep() {
        Fixtures.Organisation org = Fixtures.organisation();
        String id = start(TestTokens.director(org.programme()), "PROGRAMME", org.programme(), 2026);

        JsonPath details = given().auth()
                .oauth2(TestTokens.director(org.programme()))
                .get("/api/assessments/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        // 11 aios tasks + 16 opleider en opleidingsgroep tasks in the appendix
        assertThat(details.getList("tasks")).hasSize(27);
        assertThat(details.getList("tasks.actorCode")).containsOnly("aios", "opleider-en-opleidingsgroep");
        assertThat(details.getList("tasks.status")).containsOnly("NOT_STARTED");

        String institutionAssessment = start(TestTokens.coc(org.institution()), "INSTITUTION", org.institution(), 2026);
        // 11 COC tasks + 12 Raad van Bestuur tasks
        given().auth()
                .oauth2(TestTokens.board(org.institution()))
                .get("/api/assessments/" + institutionAssessment)
                .then()
                .statusCode(200)
                .body("tasks", hasSize(23));
        given().auth()
                .oauth2(TestTokens.director(org.programme()))
                .contentType(ContentType.JSON)
                .body(Map.of("subjectType", "PROGRAMME", "subjectCode", org.programme(), "year", 2026))
                .post("/api/assessments")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void othersScopeIs404AndResidentsCannotWrite() {
        Fixtures.Organisation org = Fixtures.organisation();
        String id = start(TestTokens.coordinator(org.region()), "PROGRAMME", org.programme(), 2025);
        given().auth()
                .oauth2(TestTokens.director("OTHER-PRG"))
                .get("/api/assessments/" + id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.coc("OTHER-INST"))
                .get("/api/assessments/" + id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.advisor("OTHER-OOR"))
                .get("/api/assessments/" + id + "/coverage")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.advisor(org.region()))
                .get("/api/assessments/" + id + "/coverage")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TestTokens.director("OTHER-PRG"))
                .contentType(ContentType.JSON)
                .body(Map.of("subjectType", "PROGRAMME", "subjectCode", org.programme(), "year", 2024))
                .post("/api/assessments")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.director("OTHER-PRG"))
                .queryParam("subjectCode", org.programme())
                .get("/api/assessments")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
        given().auth()
                .oauth2(TestTokens.resident("r-1", org.programme()))
                .get("/api/assessments/" + id)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TestTokens.resident("r-1", org.programme()))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "title",
                        "x",
                        "kind",
                        "OTHER",
                        "actorCode",
                        "aios",
                        "domainCode",
                        "opleidingsklimaat",
                        "link",
                        "https://x"))
                .post("/api/assessments/" + id + "/evidence")
                .then()
                .statusCode(403);
    }

    @Test
    void coverageAndGapsFollowTaskStatusAndEvidence() {
        Fixtures.Organisation org = Fixtures.organisation();
        String token = TestTokens.director(org.programme());
        String id = start(token, "PROGRAMME", org.programme(), 2026);
        List<Map<String, Object>> tasks = given().auth()
                .oauth2(token)
                .get("/api/assessments/" + id)
                .then()
                .extract()
                .path("tasks");
        String met = (String) tasks.get(0).get("taskId");
        String notApplicable = (String) tasks.get(1).get("taskId");
        String withEvidence = (String) tasks.get(2).get("taskId");

        String metAsRead = taskTag(token, id, met);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "IN_PROGRESS"))
                .put("/api/assessments/" + id + "/tasks/" + met)
                .then()
                .statusCode(428);
        given().auth()
                .oauth2(token)
                .header("If-Match", metAsRead)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "MET", "notes", "Vastgelegd"))
                .put("/api/assessments/" + id + "/tasks/" + met)
                .then()
                .statusCode(200)
                .body("status", equalTo("MET"));
        // a second writer, still looking at the task as it was, cannot overwrite the first
        given().auth()
                .oauth2(token)
                .header("If-Match", metAsRead)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "IN_PROGRESS", "notes", "Nog bezig"))
                .put("/api/assessments/" + id + "/tasks/" + met)
                .then()
                .statusCode(412);
        given().auth()
                .oauth2(token)
                .get("/api/assessments/" + id + "/tasks/" + met)
                .then()
                .body("status", equalTo("MET"))
                .body("notes", equalTo("Vastgelegd"));
        String notApplicableAsRead = taskTag(token, id, notApplicable);
        given().auth()
                .oauth2(token)
                .header("If-Match", notApplicableAsRead)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "NOT_APPLICABLE"))
                .put("/api/assessments/" + id + "/tasks/" + notApplicable)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("notApplicableReason"));
        given().auth()
                .oauth2(token)
                .header("If-Match", notApplicableAsRead)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "NOT_APPLICABLE", "notApplicableReason", "Geen DOO in deze opleiding"))
                .put("/api/assessments/" + id + "/tasks/" + notApplicable)
                .then()
                .statusCode(200);
        Map<String, Object> evidence = new HashMap<>(Map.of(
                "title",
                "Notulen",
                "kind",
                "MINUTES",
                "actorCode",
                tasks.get(2).get("actorCode"),
                "domainCode",
                tasks.get(2).get("domainCode"),
                "taskId",
                withEvidence,
                "documentReference",
                "DMS-1"));
        String location = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(evidence)
                .post("/api/assessments/" + id + "/evidence")
                .then()
                .statusCode(201)
                .body("addedBy", equalTo("test-director"))
                .body("fromEvent", equalTo(false))
                .extract()
                .header("Location");
        given().auth().oauth2(token).get(location).then().statusCode(200).body("documentReference", equalTo("DMS-1"));
        given().auth()
                .oauth2(TestTokens.director("OTHER-PRG"))
                .get(location)
                .then()
                .statusCode(404);
        evidence.remove("documentReference");
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(evidence)
                .post("/api/assessments/" + id + "/evidence")
                .then()
                .statusCode(400);
        evidence.put("link", "https://x");
        evidence.put("actorCode", "coc");
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(evidence)
                .post("/api/assessments/" + id + "/evidence")
                .then()
                .statusCode(422);

        given().auth()
                .oauth2(token)
                .get("/api/assessments/" + id + "/coverage")
                .then()
                .statusCode(200)
                .body("tasks", equalTo(27))
                .body("met", equalTo(1))
                .body("notApplicable", equalTo(1))
                .body("tasksWithEvidence", equalTo(1))
                .body("evidenceItems", equalTo(1))
                .body("percentMet", equalTo(4))
                .body("cells", hasSize(8));
        given().auth()
                .oauth2(token)
                .get("/api/assessments/" + id + "/gaps")
                .then()
                .statusCode(200)
                .body("", hasSize(25))
                .body("taskId", not(hasItem(met)))
                .body("taskId", not(hasItem(notApplicable)))
                .body("find { it.taskId == '" + withEvidence + "' }.hasEvidence", equalTo(true));
    }

    @Test
    void importingANewFrameworkVersionLeavesAssessmentsOnTheOldOneUnchanged() {
        Fixtures.Organisation org = Fixtures.organisation();
        String code = Fixtures.unique("KADER");
        String v1 = importVersion(code, "1", List.of("taak een", "taak twee"));
        String assessment = given().auth()
                .oauth2(TestTokens.systemOfRegion(org.region()))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "subjectType", "PROGRAMME", "subjectCode", org.programme(), "year", 2026, "frameworkId", v1))
                .post("/api/assessments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        String v2 = importVersion(code, "2", List.of("nieuwe taak"));

        given().auth()
                .oauth2(TestTokens.systemOfRegion(org.region()))
                .get("/api/assessments/" + assessment)
                .then()
                .statusCode(200)
                .body("assessment.frameworkId", equalTo(v1))
                .body("tasks.text", equalTo(List.of("taak een", "taak twee")));
        String next = given().auth()
                .oauth2(TestTokens.systemOfRegion(org.region()))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "subjectType", "PROGRAMME", "subjectCode", org.programme(), "year", 2027, "frameworkId", v2))
                .post("/api/assessments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(TestTokens.systemOfRegion(org.region()))
                .get("/api/assessments/" + next)
                .then()
                .body("tasks.text", equalTo(List.of("nieuwe taak")));
    }

    static String importVersion(String code, String version, List<String> tasks) {
        Map<String, Object> document = Map.of(
                "code",
                code,
                "version",
                version,
                "title",
                "Test kader",
                "source",
                "Testbron",
                "domains",
                List.of(Map.of("code", "opleidingsklimaat", "name", "Opleidingsklimaat")),
                "actors",
                List.of(Map.of(
                        "code",
                        "opleider",
                        "assessedSubject",
                        "PROGRAMME",
                        "name",
                        "opleider",
                        "role",
                        "Rol",
                        "cells",
                        List.of(Map.of(
                                "domain",
                                "opleidingsklimaat",
                                "tasks",
                                tasks.stream().map(t -> Map.of("text", t)).toList(),
                                "evidenceExamples",
                                List.of())))));
        return given().auth()
                .oauth2(TestTokens.referenceData())
                .contentType(ContentType.JSON)
                .body(document)
                .post("/api/frameworks")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String taskTag(String token, String assessment, String task) {
        return given().auth()
                .oauth2(token)
                .get("/api/assessments/" + assessment + "/tasks/" + task)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }
}

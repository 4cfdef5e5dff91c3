package nl.opleidingsklimaat.quality.framework;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import nl.opleidingsklimaat.quality.Fixtures;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FrameworkVersionTest {

    static Map<String, Object> document(String code, String version, String task) {
        return Map.of(
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
                        "coc",
                        "name",
                        "COC",
                        "role",
                        "Bewaakt",
                        "cells",
                        List.of(Map.of(
                                "domain",
                                "opleidingsklimaat",
                                "tasks",
                                List.of(Map.of("text", task)),
                                "evidenceExamples",
                                List.of(Map.of("text", "voorbeeld")))))));
    }

    @Test
    void aNewVersionIsStoredNextToTheOldOneAndTheSameVersionTwiceIsAConflict() {
        String code = Fixtures.unique("KADER");
        String v1 = given().auth()
                .oauth2(TestTokens.referenceData())
                .contentType(ContentType.JSON)
                .body(document(code, "1", "taak een"))
                .post("/api/frameworks")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/frameworks/"))
                .extract()
                .path("id");
        given().auth()
                .oauth2(TestTokens.referenceData())
                .contentType(ContentType.JSON)
                .body(document(code, "2", "taak twee"))
                .post("/api/frameworks")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(TestTokens.referenceData())
                .contentType(ContentType.JSON)
                .body(document(code, "2", "anders"))
                .post("/api/frameworks")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");

        given().auth()
                .oauth2(TestTokens.referenceData())
                .get("/api/frameworks/" + v1 + "/matrix")
                .then()
                .statusCode(200)
                .body("actors[0].cells[0].tasks[0].text", equalTo("taak een"));
        given().auth()
                .oauth2(TestTokens.referenceData())
                .queryParam("code", code)
                .get("/api/frameworks")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items[0].version", equalTo("2"));
    }

    @Test
    void aMatrixWithAHoleIsRejected() {
        Map<String, Object> holed = Map.of(
                "code",
                Fixtures.unique("KADER"),
                "version",
                "1",
                "title",
                "t",
                "source",
                "s",
                "domains",
                List.of(
                        Map.of("code", "opleidingsklimaat", "name", "O"),
                        Map.of("code", "professionalisering", "name", "P")),
                "actors",
                List.of(Map.of(
                        "code",
                        "coc",
                        "name",
                        "COC",
                        "role",
                        "r",
                        "cells",
                        List.of(Map.of(
                                "domain", "opleidingsklimaat", "tasks", List.of(), "evidenceExamples", List.of())))));
        given().auth()
                .oauth2(TestTokens.referenceData())
                .contentType(ContentType.JSON)
                .body(holed)
                .post("/api/frameworks")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("actors[0].cells"));
        given().auth()
                .oauth2(TestTokens.coc("LUMC"))
                .contentType(ContentType.JSON)
                .body(document("X-Y", "1", "t"))
                .post("/api/frameworks")
                .then()
                .statusCode(403);
        // the framework is national: one region's coordinator does not publish a version for every region
        given().auth()
                .oauth2(TestTokens.coordinator("OOR-ELDERS"))
                .contentType(ContentType.JSON)
                .body(document("X-Y", "1", "t"))
                .post("/api/frameworks")
                .then()
                .statusCode(403);
    }
}

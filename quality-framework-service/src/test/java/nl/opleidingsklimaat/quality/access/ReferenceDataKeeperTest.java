package nl.opleidingsklimaat.quality.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import nl.opleidingsklimaat.quality.Fixtures;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Platform-wide machine work (the national Kwaliteitskader, specialties, regions) has its own role, reference-data,
 * which never reads figures or identities; a hospital's system token may not do it (issue 13, attack 3).
 */
@QuarkusTest
class ReferenceDataKeeperTest {

    @Test
    void theReferenceDataKeeperImportsTheFrameworkButReadsNoDashboardPlanEvidenceOrProgramme() {
        Fixtures.Organisation org = Fixtures.organisation();
        String keeper = TestTokens.referenceData();
        given().auth()
                .oauth2(keeper)
                .contentType(ContentType.JSON)
                .body(framework(Fixtures.unique("KADER")))
                .post("/api/frameworks")
                .then()
                .statusCode(201);
        String assessment = given().auth()
                .oauth2(TestTokens.coc(org.institution()))
                .contentType(ContentType.JSON)
                .body(Map.of("subjectType", "PROGRAMME", "subjectCode", org.programme(), "year", 2026))
                .post("/api/assessments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String plan = given().auth()
                .oauth2(TestTokens.director(org.programme()))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "subjectType", "PROGRAMME", "subjectCode", org.programme(), "cycle", "2026", "title", "Plan"))
                .post("/api/improvement-plans")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        given().auth()
                .oauth2(keeper)
                .get("/api/dashboards/institutions/" + org.institution())
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(keeper)
                .get("/api/dashboards/regions/" + org.region())
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(keeper)
                .get("/api/assessments/" + assessment + "/evidence")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(keeper)
                .get("/api/assessments/" + assessment)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(keeper)
                .get("/api/improvement-plans/" + plan)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(keeper)
                .get("/api/programmes/" + org.programme())
                .then()
                .statusCode(404);
        for (String list :
                List.of("/api/assessments", "/api/improvement-plans", "/api/programmes", "/api/institutions")) {
            given().auth()
                    .oauth2(keeper)
                    .queryParam("size", 200)
                    .get(list)
                    .then()
                    .statusCode(200)
                    .body("totalItems", equalTo(0));
        }
        // the region itself is reference data; what is in it is not
        given().auth()
                .oauth2(keeper)
                .get("/api/regions/" + org.region())
                .then()
                .statusCode(200)
                .body("code", equalTo(org.region()));
        given().auth()
                .oauth2(keeper)
                .contentType(ContentType.JSON)
                .body(Map.of("code", Fixtures.unique("INST"), "name", "X", "regionCode", org.region()))
                .post("/api/institutions")
                .then()
                .statusCode(403);
    }

    @Test
    void aHospitalsSystemTokenImportsNoFrameworkSpecialtyOrRegion() {
        Fixtures.Organisation org = Fixtures.organisation();
        String hospital = TestTokens.systemOfInstitution(org.institution());
        given().auth()
                .oauth2(hospital)
                .contentType(ContentType.JSON)
                .body(framework(Fixtures.unique("KADER")))
                .post("/api/frameworks")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(hospital)
                .contentType(ContentType.JSON)
                .body(Map.of("code", Fixtures.unique("SPEC"), "name", "X"))
                .post("/api/specialties")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(hospital)
                .contentType(ContentType.JSON)
                .body(Map.of("code", Fixtures.unique("OOR"), "name", "X"))
                .post("/api/regions")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.referenceData())
                .contentType(ContentType.JSON)
                .body(Map.of("code", Fixtures.unique("SPEC"), "name", "X"))
                .post("/api/specialties")
                .then()
                .statusCode(201);
    }

    private static Map<String, Object> framework(String code) {
        return Map.of(
                "code",
                code,
                "version",
                "1",
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
                                List.of(Map.of("text", "taak")),
                                "evidenceExamples",
                                List.of())))));
    }
}

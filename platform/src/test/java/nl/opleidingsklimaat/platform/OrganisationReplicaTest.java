package nl.opleidingsklimaat.platform;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import nl.opleidingsklimaat.contracts.EventType;
import nl.opleidingsklimaat.contracts.Subjects;
import nl.opleidingsklimaat.contracts.quality.InstitutionRegistered;
import nl.opleidingsklimaat.contracts.quality.ProgrammeRegistered;
import nl.opleidingsklimaat.contracts.quality.ProgrammeUpdated;
import nl.opleidingsklimaat.contracts.quality.QualityEvents;
import nl.opleidingsklimaat.testsupport.TestEvents;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganisationReplicaTest {
    @Test
    void programmesArriveFromQualityV1AndAreVisibleOnlyInScope() {
        publish(
                QualityEvents.INSTITUTION_REGISTERED,
                Subjects.institution("HOSP"),
                new InstitutionRegistered("HOSP", "Hospital", "OOR-A", true));
        publish(
                QualityEvents.PROGRAMME_REGISTERED,
                Subjects.programme("HOSP-INT"),
                new ProgrammeRegistered(
                        "HOSP-INT", "Interne geneeskunde", "INT", "HOSP", "OOR-A", "INT-A", "person-1", true));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(TestTokens.director("HOSP-INT"))
                        .get("/api/test-programmes/HOSP-INT")
                        .then()
                        .statusCode(200)
                        .body("name", equalTo("Interne geneeskunde")));

        given().auth()
                .oauth2(TestTokens.coc("HOSP"))
                .get("/api/test-programmes/HOSP-INT")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TestTokens.coordinator("OOR-A"))
                .get("/api/test-programmes/HOSP-INT")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TestTokens.director("OTHER-INT"))
                .get("/api/test-programmes/HOSP-INT")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.coc("OTHER"))
                .get("/api/test-programmes/HOSP-INT")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.coordinator("OOR-B"))
                .get("/api/test-programmes/HOSP-INT")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.system())
                .get("/api/test-programmes/HOSP-INT")
                .then()
                .statusCode(404); // no scope, nothing
        given().auth()
                .oauth2(TestTokens.referenceData())
                .get("/api/test-programmes/HOSP-INT")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.systemOfRegion("OOR-A"))
                .get("/api/test-programmes/HOSP-INT")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TestTokens.systemOfProgrammes("HOSP-INT"))
                .get("/api/test-programmes/HOSP-INT")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TestTokens.systemOfInstitution("HOSP"))
                .get("/api/test-programmes/HOSP-INT")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TestTokens.systemOfInstitution("OTHER"))
                .get("/api/test-programmes/HOSP-INT")
                .then()
                .statusCode(404);

        publish(
                QualityEvents.PROGRAMME_UPDATED,
                Subjects.programme("HOSP-INT"),
                new ProgrammeUpdated(
                        "HOSP-INT",
                        "Interne geneeskunde (renamed)",
                        "INT",
                        "HOSP",
                        "OOR-A",
                        "INT-A",
                        "person-2",
                        false));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(TestTokens.coc("HOSP"))
                        .get("/api/test-programmes/HOSP-INT")
                        .then()
                        .statusCode(200)
                        .body("name", equalTo("Interne geneeskunde (renamed)"))
                        .body("active", equalTo(false)));
    }

    private <T> void publish(EventType<T> type, String subject, T data) {
        TestEvents.publish(type, subject, data);
    }
}

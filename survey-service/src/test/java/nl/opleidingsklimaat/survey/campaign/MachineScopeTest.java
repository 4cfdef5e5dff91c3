package nl.opleidingsklimaat.survey.campaign;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import nl.opleidingsklimaat.survey.Fixtures;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** A machine token acts only within the scope claims it carries, and never reads a withheld report. */
@QuarkusTest
class MachineScopeTest {
    private static Scenario scenario;

    @Inject
    AgroalDataSource db;

    @Inject
    MockMailbox mailbox;

    /** One closed campaign: {@code released} with 4 respondents, {@code withheld} with 2 (per-person answers). */
    private record Scenario(String region, String institution, String released, String withheld, String campaign) {}

    private Scenario scenario() {
        if (scenario != null) {
            return scenario;
        }
        String region = Fixtures.unique("OOR");
        String institution = Fixtures.unique("INST");
        String released = Fixtures.unique("REL");
        String withheld = Fixtures.unique("WH");
        Fixtures.registerProgramme(db, released, institution, region);
        Fixtures.registerProgramme(db, withheld, institution, region);
        String campaign = Fixtures.createCampaign(region, "opleidingsmonitor", 4);
        List<String> four = Fixtures.inviteResidents(campaign, region, released, 4);
        List<String> two = Fixtures.inviteResidents(campaign, region, withheld, 3);
        Fixtures.open(campaign, region);
        four.forEach(email -> Fixtures.answer(Fixtures.tokenFor(mailbox, email), Fixtures.monitorAnswers(4)));
        Fixtures.answer(Fixtures.tokenFor(mailbox, two.get(0)), Fixtures.monitorAnswers(1));
        Fixtures.answer(Fixtures.tokenFor(mailbox, two.get(1)), Fixtures.monitorAnswers(5));
        Fixtures.close(campaign, region);
        scenario = new Scenario(region, institution, released, withheld, campaign);
        return scenario;
    }

    @Test
    void anUnscopedSystemTokenSeesNothing() {
        Scenario s = scenario();
        String system = TestTokens.system();
        given().auth()
                .oauth2(system)
                .get("/api/campaigns")
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("totalItems", equalTo(0));
        given().auth()
                .oauth2(system)
                .get("/api/campaigns/{id}", s.campaign())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(system)
                .get("/api/campaigns/{id}/response-rates", s.campaign())
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(system)
                .get("/api/campaigns/{id}/reports", s.campaign())
                .then()
                .statusCode(404);
        for (String programme : List.of(s.released(), s.withheld())) {
            String body = given().auth()
                    .oauth2(system)
                    .get("/api/campaigns/{id}/reports/{p}", s.campaign(), programme)
                    .then()
                    .statusCode(404)
                    .extract()
                    .asString();
            assertThat(body).doesNotContain("respondents").doesNotContain("distribution");
            given().auth()
                    .oauth2(system)
                    .get("/api/campaigns/{id}/reports/{p}/export", s.campaign(), programme)
                    .then()
                    .statusCode(404);
        }
        given().auth()
                .oauth2(system)
                .post("/api/campaigns/{id}/close", s.campaign())
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(system)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Overal",
                        "instrumentCode",
                        "opleidingsmonitor",
                        "instrumentVersion",
                        "2026.1",
                        "regionCode",
                        s.region(),
                        "opensOn",
                        Fixtures.FAR_OPENS.toString(),
                        "closesOn",
                        Fixtures.FAR_OPENS.plusDays(29).toString()))
                .post("/api/campaigns")
                .then()
                .statusCode(404);
    }

    @Test
    void noSystemTokenReadsAWithheldReportsFiguresOrDistribution() {
        Scenario s = scenario();
        for (String token : List.of(
                TestTokens.systemOfRegion(s.region()),
                TestTokens.systemOfInstitution(s.institution()),
                TestTokens.systemOfProgrammes(s.withheld()))) {
            String body = given().auth()
                    .oauth2(token)
                    .get("/api/campaigns/{id}/reports/{p}", s.campaign(), s.withheld())
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("detail", containsString("fewer than 4"))
                    .extract()
                    .asString();
            assertThat(body).doesNotContain("distribution").doesNotContain("\"respondents\"");
            given().auth()
                    .oauth2(token)
                    .get("/api/campaigns/{id}/reports/{p}/export", s.campaign(), s.withheld())
                    .then()
                    .statusCode(403);
            given().auth()
                    .oauth2(token)
                    .get("/api/campaigns/{id}/reports/{p}/open-answers", s.campaign(), s.withheld())
                    .then()
                    .statusCode(403);
            given().auth()
                    .oauth2(token)
                    .get("/api/campaigns/{id}/reports", s.campaign())
                    .then()
                    .statusCode(200)
                    .body("items.find { it.programmeCode == '%s' }.status".formatted(s.withheld()), equalTo("WITHHELD"))
                    .body(
                            "items.find { it.programmeCode == '%s' }".formatted(s.withheld()),
                            not(hasKey("respondents")));
        }
    }

    @Test
    void aScopedSystemTokenWorksWithinItsScopeOnly() {
        Scenario s = scenario();
        String ofInstitution = TestTokens.systemOfInstitution(s.institution());
        given().auth()
                .oauth2(ofInstitution)
                .get("/api/campaigns")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(s.campaign()));
        given().auth()
                .oauth2(ofInstitution)
                .get("/api/campaigns/{id}/reports/{p}", s.campaign(), s.released())
                .then()
                .statusCode(200)
                .body("respondents", equalTo(4))
                .body("items.find { it.item == 'BS-01' }.n", equalTo(4));
        given().auth()
                .oauth2(ofInstitution)
                .get("/api/campaigns/{id}/response-rates?level=INSTITUTION", s.campaign())
                .then()
                .statusCode(200)
                .body("items[0].invited", equalTo(7));
        given().auth()
                .oauth2(ofInstitution)
                .get("/api/campaigns/{id}/response-rates?level=REGION", s.campaign())
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(ofInstitution)
                .post("/api/campaigns/{id}/close", s.campaign())
                .then()
                .statusCode(403);

        String ofRegion = TestTokens.systemOfRegion(s.region());
        given().auth()
                .oauth2(ofRegion)
                .get("/api/campaigns/{id}/response-rates?level=REGION", s.campaign())
                .then()
                .statusCode(200)
                .body("items[0].answered", equalTo(6));

        String ofProgramme = TestTokens.systemOfProgrammes(s.released());
        given().auth()
                .oauth2(ofProgramme)
                .get("/api/campaigns/{id}/reports/{p}", s.campaign(), s.released())
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(ofProgramme)
                .get("/api/campaigns/{id}/response-rates?level=INSTITUTION", s.campaign())
                .then()
                .statusCode(403);

        String elsewhere = TestTokens.systemOfInstitution("ANDER-" + s.institution());
        given().auth()
                .oauth2(elsewhere)
                .get("/api/campaigns/{id}", s.campaign())
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(elsewhere)
                .get("/api/campaigns/{id}/reports/{p}", s.campaign(), s.released())
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.systemOfRegion("ANDERE-REGIO"))
                .get("/api/campaigns/{id}/response-rates", s.campaign())
                .then()
                .statusCode(404);
    }

    @Test
    void machineReadsOfAReportAreAudited() {
        Scenario s = scenario();
        String resource = s.campaign() + "/" + s.released();
        long before = Fixtures.count(
                db, "SELECT count(*) FROM audit_entry WHERE resource_id = ? AND actor_roles = 'system'", resource);
        given().auth()
                .oauth2(TestTokens.systemOfInstitution(s.institution()))
                .get("/api/campaigns/{id}/reports/{p}", s.campaign(), s.released())
                .then()
                .statusCode(200);
        assertThat(Fixtures.count(
                        db,
                        "SELECT count(*) FROM audit_entry WHERE resource_id = ? AND actor_roles = 'system'",
                        resource))
                .isEqualTo(before + 1);
    }

    @Test
    void instrumentsArePublishedAsReferenceDataNotByAMachineToken() {
        String code = Fixtures.unique("nationaal").toLowerCase();
        for (String machine : List.of(TestTokens.system(), TestTokens.systemOfRegion("OOR-X"))) {
            given().auth()
                    .oauth2(machine)
                    .contentType(ContentType.JSON)
                    .body(definition(code))
                    .post("/api/instruments")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
        given().auth()
                .oauth2(TestTokens.system())
                .get("/api/instruments/{code}/versions/1.0", code)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.referenceData())
                .contentType(ContentType.JSON)
                .body(definition(code))
                .post("/api/instruments")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(TestTokens.system())
                .get("/api/instruments/{code}/versions/1.0", code)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TestTokens.referenceData())
                .get("/api/campaigns")
                .then()
                .statusCode(200)
                .body("items", empty());
    }

    private static Map<String, Object> definition(String code) {
        return Map.of(
                "code",
                code,
                "version",
                "1.0",
                "name",
                "Landelijke bank",
                "kind",
                "TRAINING_CLIMATE",
                "reportRules",
                Map.of("strengthAtLeast", 4.0, "attentionBelow", 3.0, "regionGap", 0.5),
                "domains",
                List.of(Map.of("code", "sfeer", "name", "Sfeer")),
                "items",
                List.of(Map.of(
                        "code",
                        "SF-01",
                        "domain",
                        "sfeer",
                        "text",
                        "Vraag",
                        "scale",
                        "LIKERT_5",
                        "notApplicableAllowed",
                        false,
                        "higherIsBetter",
                        true,
                        "required",
                        true)));
    }
}

package nl.opleidingsklimaat.survey.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.opleidingsklimaat.localstack.DevToken;
import nl.opleidingsklimaat.survey.Fixtures;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * One closed campaign in one institution: P3 with 3 respondents (all answering 1), P4 with 4 (all 3) and P5 with 5
 * (all 5; two of them say "niet van toepassing" on BS-05, so that item has only 3 answers there).
 */
@QuarkusTest
class ReleaseRuleTest {
    private static Scenario scenario;

    @Inject
    AgroalDataSource db;

    @Inject
    MockMailbox mailbox;

    private record Scenario(String region, String institution, String campaign, String p3, String p4, String p5) {}

    private Scenario scenario() {
        if (scenario != null) {
            return scenario;
        }
        String region = Fixtures.unique("OOR");
        String institution = Fixtures.unique("INST");
        String p3 = Fixtures.unique("P3");
        String p4 = Fixtures.unique("P4");
        String p5 = Fixtures.unique("P5");
        for (String programme : List.of(p3, p4, p5)) {
            Fixtures.registerProgramme(db, programme, institution, region);
        }
        String campaign = Fixtures.createCampaign(region, "opleidingsmonitor", 4);
        List<String> residents3 = Fixtures.inviteResidents(campaign, region, p3, 4);
        List<String> residents4 = Fixtures.inviteResidents(campaign, region, p4, 5);
        List<String> residents5 = Fixtures.inviteResidents(campaign, region, p5, 5);
        Fixtures.open(campaign, region);
        for (int i = 0; i < 3; i++) {
            Fixtures.answer(
                    Fixtures.tokenFor(mailbox, residents3.get(i)),
                    withText(Fixtures.monitorAnswers(1), "Kleine groep, eigen verhaal " + i));
        }
        for (int i = 0; i < 4; i++) {
            Fixtures.answer(Fixtures.tokenFor(mailbox, residents4.get(i)), Fixtures.monitorAnswers(3));
        }
        for (int i = 0; i < 5; i++) {
            Map<String, Object> answers = Fixtures.monitorAnswers(5);
            if (i < 2) {
                answers = Fixtures.notApplicable(answers, "BS-05");
            }
            Fixtures.answer(
                    Fixtures.tokenFor(mailbox, residents5.get(i)),
                    i == 0 ? withText(answers, "Veel vertrouwen van de opleider") : answers);
        }
        Fixtures.close(campaign, region);
        scenario = new Scenario(region, institution, campaign, p3, p4, p5);
        return scenario;
    }

    @Test
    void reportsAreReleasedAtFourAndFiveRespondentsAndWithheldAtThree() {
        Scenario s = scenario();
        JsonPath withheld =
                Fixtures.surveyEvents(s.campaign(), "report-withheld", 1).get(0);
        assertThat(withheld.getString("subject")).isEqualTo("programme/" + s.p3());
        assertThat(withheld.getInt("data.respondents")).isEqualTo(3);
        assertThat(withheld.getInt("data.invited")).isEqualTo(4);
        assertThat(withheld.getInt("data.threshold")).isEqualTo(4);
        assertThat(withheld.getString("data.institutionCode")).isEqualTo(s.institution());
        assertThat(withheld.getList("data.audiences", String.class))
                .containsExactlyInAnyOrder("coc", "education-advisor");

        List<JsonPath> released = Fixtures.surveyEvents(s.campaign(), "report-released", 2);
        assertThat(released)
                .extracting(e -> e.getString("subject"))
                .containsExactlyInAnyOrder("programme/" + s.p4(), "programme/" + s.p5());
        JsonPath p4 = released.stream()
                .filter(e -> e.getString("subject").endsWith(s.p4()))
                .findFirst()
                .orElseThrow();
        assertThat(p4.getInt("data.respondents")).isEqualTo(4);
        assertThat(p4.getFloat("data.responseRate")).isEqualTo(0.8f);
        assertThat(p4.getList("data.domainScores.mean", Float.class)).containsOnly(3.0f);
        JsonPath p5 = released.stream()
                .filter(e -> e.getString("subject").endsWith(s.p5()))
                .findFirst()
                .orElseThrow();
        assertThat(p5.getList("data.strengths", String.class)).isNotEmpty();
        assertThat(p5.getList("data.attentionPoints", String.class)).isEmpty();
        assertThat(p5.getString("data")).doesNotContain("eigen verhaal").doesNotContain("vertrouwen");
    }

    @Test
    void directorGetsNoFiguresBelowThresholdFromAnyEndpoint() {
        Scenario s = scenario();
        String director = TestTokens.director(s.p3());
        given().auth()
                .oauth2(director)
                .get("/api/campaigns/{id}/reports/{p}", s.campaign(), s.p3())
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("No report: fewer than 4"))
                .body("$", not(hasKey("respondents")))
                .body("$", not(hasKey("domains")));
        given().auth()
                .oauth2(director)
                .get("/api/campaigns/{id}/reports/{p}/open-answers", s.campaign(), s.p3())
                .then()
                .statusCode(403)
                .body("detail", containsString("No report"));
        given().auth()
                .oauth2(director)
                .get("/api/campaigns/{id}/reports/{p}/export", s.campaign(), s.p3())
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        String list = given().auth()
                .oauth2(director)
                .get("/api/campaigns/{id}/reports", s.campaign())
                .then()
                .statusCode(200)
                .body("items.programmeCode", org.hamcrest.Matchers.contains(s.p3()))
                .body("items[0].status", equalTo("WITHHELD"))
                .extract()
                .asString();
        assertThat(list).doesNotContain("respondents").doesNotContain("invited");
        given().auth()
                .oauth2(director)
                .get("/api/campaigns/{id}/response-rates", s.campaign())
                .then()
                .statusCode(200)
                .body("items[0].code", equalTo(s.p3()))
                .body("items[0].belowThreshold", equalTo(true))
                .body("items[0]", not(hasKey("answered")))
                .body("items[0]", not(hasKey("invited")));
        given().auth()
                .oauth2(director)
                .get("/api/campaigns/{id}/response-rates?level=INSTITUTION", s.campaign())
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(director)
                .get("/api/campaigns/{id}/response-rates?level=REGION", s.campaign())
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.withRoles("supervisor-x", "supervisor"))
                .get("/api/campaigns/{id}/reports/{p}", s.campaign(), s.p3())
                .then()
                .statusCode(404);
    }

    @Test
    void directorReadsAReleasedReportWithSmallItemsSuppressed() {
        Scenario s = scenario();
        given().auth()
                .oauth2(TestTokens.director(s.p5()))
                .get("/api/campaigns/{id}/reports/{p}", s.campaign(), s.p5())
                .then()
                .statusCode(200)
                .body("status", equalTo("RELEASED"))
                .body("respondents", equalTo(5))
                .body("items.find { it.item == 'BS-01' }.n", equalTo(5))
                .body("items.find { it.item == 'BS-01' }.distribution.'5'", equalTo(5))
                .body("items.find { it.item == 'BS-05' }.suppressed", equalTo(true))
                .body("items.find { it.item == 'BS-05' }", not(hasKey("n")))
                .body("items.find { it.item == 'BS-05' }", not(hasKey("mean")))
                .body("items.find { it.item == 'BS-05' }", not(hasKey("distribution")));
        given().auth()
                .oauth2(TestTokens.coc(s.institution()))
                .get("/api/campaigns/{id}/reports/{p}", s.campaign(), s.p5())
                .then()
                .statusCode(200)
                .body("items.find { it.item == 'BS-05' }.n", equalTo(3));
        given().auth()
                .oauth2(TestTokens.coc(s.institution()))
                .contentType(io.restassured.http.ContentType.JSON)
                .body("{}")
                .post("/api/campaigns/{id}/reports/{p}/open-answers/review", s.campaign(), s.p5())
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TestTokens.director(s.p5()))
                .get("/api/campaigns/{id}/reports/{p}/open-answers", s.campaign(), s.p5())
                .then()
                .statusCode(200)
                .body("items.text", org.hamcrest.Matchers.contains("Veel vertrouwen van de opleider"));
        String csv = given().auth()
                .oauth2(TestTokens.director(s.p5()))
                .get("/api/campaigns/{id}/reports/{p}/export", s.campaign(), s.p5())
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .extract()
                .asString();
        assertThat(csv.lines().findFirst().orElseThrow())
                .isEqualTo("programme,domain,item,text,n,notApplicable,mean,standardDeviation,suppressed,answer");
        assertThat(csv.lines().filter(l -> l.contains(",BS-05,")))
                .singleElement()
                .satisfies(l -> assertThat(l).endsWith(",,,,,true,"));
        assertThat(csv).contains("Veel vertrouwen van de opleider");
        given().auth()
                .oauth2(TestTokens.director(s.p5()))
                .get("/api/campaigns/{id}/response-rates", s.campaign())
                .then()
                .statusCode(200)
                .body("items[0].invited", equalTo(5))
                .body("items[0].answered", equalTo(5));
    }

    @Test
    void aDirectorCannotRecoverAWithheldProgrammesMeanFromComparisons() {
        Scenario s = scenario();
        JsonPath p4 = given().auth()
                .oauth2(TestTokens.director(s.p4(), s.p5()))
                .get("/api/campaigns/{id}/reports/{p}", s.campaign(), s.p4())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        JsonPath p5 = given().auth()
                .oauth2(TestTokens.director(s.p4(), s.p5()))
                .get("/api/campaigns/{id}/reports/{p}", s.campaign(), s.p5())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String domain = "domains.find { it.domain == 'begeleiding-en-supervisie' }";
        assertThat(p4.getFloat(domain + ".mean")).isEqualTo(3.0f);
        assertThat(p5.getFloat(domain + ".mean")).isEqualTo(5.0f);
        // Released cells only: P4 20 answers of 3, P5 20 answers of 5 (BS-05 with 3 answers left out) = 4.00.
        // Had P3 (3 respondents, all 1) counted, the institution would be 3.18 and P3's mean could be solved for.
        assertThat(p5.getFloat(domain + ".institutionMean")).isEqualTo(4.0f);
        assertThat(p5.getInt(domain + ".institutionRespondents")).isEqualTo(9);
        assertThat(p5.getFloat(domain + ".regionMean")).isEqualTo(4.0f);
        assertThat(p5.getInt(domain + ".regionRespondents")).isEqualTo(9);
        String rates = given().auth()
                .oauth2(TestTokens.director(s.p4(), s.p5()))
                .get("/api/campaigns/{id}/response-rates", s.campaign())
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(rates).doesNotContain(s.p3());
        assertThat(given().auth()
                        .oauth2(TestTokens.director(s.p4(), s.p5()))
                        .get("/api/campaigns/{id}/reports", s.campaign())
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .doesNotContain(s.p3());
    }

    @Test
    void cocAndAdvisorAlwaysReadTheFiguresAndTheirReadsAreAudited() {
        Scenario s = scenario();
        String resource = s.campaign() + "/" + s.p3();
        long before = Fixtures.count(
                db, "SELECT count(*) FROM audit_entry WHERE resource_type = 'report' AND resource_id = ?", resource);
        given().auth()
                .oauth2(TestTokens.coc(s.institution()))
                .get("/api/campaigns/{id}/reports/{p}", s.campaign(), s.p3())
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHHELD"))
                .body("respondents", equalTo(3))
                .body("domains[0].mean", equalTo(1.0f))
                .body("items[0].n", equalTo(3))
                .body("notice", containsString("minder dan 4"));
        given().auth()
                .oauth2(TestTokens.advisor(s.region()))
                .get("/api/campaigns/{id}/reports/{p}", s.campaign(), s.p3())
                .then()
                .statusCode(200)
                .body("respondents", equalTo(3));
        given().auth()
                .oauth2(TestTokens.coc(s.institution()))
                .get("/api/campaigns/{id}/reports/{p}/open-answers", s.campaign(), s.p3())
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(3));
        given().auth()
                .oauth2(TestTokens.advisor(s.region()))
                .get("/api/campaigns/{id}/reports/{p}/export", s.campaign(), s.p3())
                .then()
                .statusCode(200)
                .body(containsString("BS-01"));
        assertThat(Fixtures.count(
                                db,
                                "SELECT count(*) FROM audit_entry WHERE resource_type = 'report' AND resource_id = ?",
                                resource)
                        - before)
                .isEqualTo(4);
        assertThat(Fixtures.strings(
                        db, "SELECT DISTINCT actor FROM audit_entry WHERE resource_id = ? ORDER BY actor", resource))
                .contains("test-advisor", "test-coc-" + s.institution());

        long ownerReads = Fixtures.count(db, "SELECT count(*) FROM audit_entry WHERE actor = 'test-director'");
        given().auth()
                .oauth2(TestTokens.director(s.p5()))
                .get("/api/campaigns/{id}/reports/{p}", s.campaign(), s.p5())
                .then()
                .statusCode(200);
        assertThat(Fixtures.count(db, "SELECT count(*) FROM audit_entry WHERE actor = 'test-director'"))
                .isEqualTo(ownerReads);

        given().auth()
                .oauth2(TestTokens.coc(s.institution()))
                .get("/api/campaigns/{id}/response-rates?level=INSTITUTION", s.campaign())
                .then()
                .statusCode(200)
                .body("items[0].invited", equalTo(14))
                .body("items[0].answered", equalTo(12));
        given().auth()
                .oauth2(TestTokens.coordinator(s.region()))
                .get("/api/campaigns/{id}/response-rates?level=REGION", s.campaign())
                .then()
                .statusCode(200)
                .body("items[0].invited", equalTo(14));
    }

    @Test
    void aMachineTokenScopedToAnInstitutionReadsOnlyThatInstitutionsReleasedReports() {
        Scenario s = scenario();
        String own = DevToken.mint(
                Set.of("system"), List.of(), List.of(s.institution()), null, "hospital-system", Duration.ofMinutes(10));
        String other = DevToken.mint(
                Set.of("system"), List.of(), List.of("ANDER-ZIEKENHUIS"), null, "other-system", Duration.ofMinutes(10));
        given().auth()
                .oauth2(own)
                .get("/api/campaigns/{id}/reports/{p}", s.campaign(), s.p4())
                .then()
                .statusCode(200)
                .body("respondents", equalTo(4));
        given().auth()
                .oauth2(own)
                .get("/api/campaigns/{id}/reports/{p}", s.campaign(), s.p3())
                .then()
                .statusCode(403)
                .body(not(containsString("respondents")));
        int status = given().auth()
                .oauth2(other)
                .get("/api/campaigns/{id}/reports/{p}", s.campaign(), s.p3())
                .then()
                .body(not(containsString("respondents")))
                .extract()
                .statusCode();
        assertThat(status).isIn(403, 404);
        given().auth()
                .oauth2(other)
                .post("/api/campaigns/{id}/close", s.campaign())
                .then()
                .statusCode(org.hamcrest.Matchers.isOneOf(403, 404));
    }

    @Test
    void aReportListWithOthersCountsIsAuditedLikeASingleReport() {
        Scenario s = scenario();
        String lists =
                "SELECT count(*) FROM audit_entry WHERE action = 'list-reports' AND resource_type = 'campaign' AND resource_id = ?";
        long before = Fixtures.count(db, lists, s.campaign());
        given().auth()
                .oauth2(TestTokens.coc(s.institution()))
                .get("/api/campaigns/{id}/reports", s.campaign())
                .then()
                .statusCode(200)
                .body("items[0].respondents", org.hamcrest.Matchers.notNullValue());
        assertThat(Fixtures.count(db, lists, s.campaign())).isEqualTo(before + 1);
        given().auth()
                .oauth2(TestTokens.director(s.p5()))
                .get("/api/campaigns/{id}/reports", s.campaign())
                .then()
                .statusCode(200);
        assertThat(Fixtures.count(db, lists, s.campaign()))
                .as("the owner's own list is not audited")
                .isEqualTo(before + 1);
    }

    @Test
    void othersReadNoReport() {
        Scenario s = scenario();
        given().auth()
                .oauth2(TestTokens.coordinator(s.region()))
                .get("/api/campaigns/{id}/reports/{p}", s.campaign(), s.p5())
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.board(s.institution()))
                .get("/api/campaigns/{id}/reports/{p}", s.campaign(), s.p5())
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.director(s.p4()))
                .get("/api/campaigns/{id}/reports/{p}", s.campaign(), s.p5())
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.coc("ANDER-ZIEKENHUIS"))
                .get("/api/campaigns/{id}/reports/{p}", s.campaign(), s.p5())
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.advisor("ANDERE-REGIO"))
                .get("/api/campaigns/{id}/reports/{p}", s.campaign(), s.p5())
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.board(s.institution()))
                .get("/api/campaigns/{id}/response-rates", s.campaign())
                .then()
                .statusCode(403);
        given().get("/api/campaigns/{id}/reports/{p}", s.campaign(), s.p5())
                .then()
                .statusCode(401);
    }

    @Test
    void reportsExistOnlyOnceTheCampaignHasClosedAndAClosedCampaignTakesNoInvitations() {
        String region = Fixtures.unique("OOR");
        String institution = Fixtures.unique("INST");
        String programme = Fixtures.unique("P");
        Fixtures.registerProgramme(db, programme, institution, region);
        String campaign = Fixtures.createCampaign(region, "opleidingsmonitor", 4);
        Fixtures.inviteResidents(campaign, region, programme, 1);
        Fixtures.open(campaign, region);
        given().auth()
                .oauth2(TestTokens.coc(institution))
                .get("/api/campaigns/{id}/reports/{p}", campaign, programme)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        Fixtures.close(campaign, region);
        given().auth()
                .oauth2(TestTokens.coordinator(region))
                .contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("invitations", List.of(Map.of("email", "laat@example.org", "programmeCode", programme))))
                .post("/api/campaigns/{id}/invitations", campaign)
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(TestTokens.coc(institution))
                .get("/api/campaigns/{id}/reports/{p}", campaign, "GEEN-" + programme)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.coc(institution))
                .get("/api/campaigns/{id}/reports/{p}", campaign, programme)
                .then()
                .statusCode(200)
                .body("respondents", equalTo(0))
                .body("status", equalTo("WITHHELD"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withText(Map<String, Object> body, String text) {
        List<Map<String, Object>> answers = new ArrayList<>((List<Map<String, Object>>) body.get("answers"));
        answers.add(Map.of("item", "OPEN-STERK", "text", text));
        body.put("answers", answers);
        return body;
    }
}

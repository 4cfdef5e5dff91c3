package nl.opleidingsklimaat.quality.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.opleidingsklimaat.contracts.CloudEvent;
import nl.opleidingsklimaat.contracts.Subjects;
import nl.opleidingsklimaat.contracts.Topics;
import nl.opleidingsklimaat.contracts.survey.DomainScore;
import nl.opleidingsklimaat.contracts.survey.ReportReleased;
import nl.opleidingsklimaat.contracts.survey.ReportWithheld;
import nl.opleidingsklimaat.contracts.survey.SurveyEvents;
import nl.opleidingsklimaat.quality.Fixtures;
import nl.opleidingsklimaat.testsupport.TestEvents;
import nl.opleidingsklimaat.testsupport.TestTokens;
import nl.opleidingsklimaat.testsupport.TopicReader;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReportEventsTest {
    static final Duration BOUND = Duration.ofSeconds(30);

    static ReportReleased released(Fixtures.Organisation org, UUID campaign, List<String> attentionPoints) {
        return new ReportReleased(
                campaign,
                "OPLEIDINGSMONITOR",
                org.programme(),
                org.institution(),
                org.region(),
                12,
                9,
                new BigDecimal("0.7500"),
                List.of(new DomainScore("supervision", new BigDecimal("3.90"), 9)),
                List.of("Goede sfeer"),
                attentionPoints,
                List.of("programme-director", "coc"));
    }

    static long plansOf(String programme) {
        return given().auth()
                .oauth2(TestTokens.systemOfProgrammes(programme))
                .queryParam("subjectCode", programme)
                .get("/api/improvement-plans")
                .then()
                .statusCode(200)
                .extract()
                .<Integer>path("totalItems");
    }

    static String assessmentOf(String programme) {
        return given().auth()
                .oauth2(TestTokens.systemOfProgrammes(programme))
                .queryParam("subjectCode", programme)
                .get("/api/assessments")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
    }

    @Test
    void aReleasedReportBecomesEvidenceAndOpensASeededDraftPlanOnlyOnce() {
        Fixtures.Organisation org = Fixtures.organisation();
        UUID campaign = UUID.randomUUID();
        CloudEvent<ReportReleased> event = TestEvents.publish(
                SurveyEvents.REPORT_RELEASED,
                Subjects.programme(org.programme()),
                released(org, campaign, List.of("Feedback na diensten", "Inwerken nieuwe aios")));

        await().atMost(BOUND).until(() -> plansOf(org.programme()) == 1);
        String plan = given().auth()
                .oauth2(TestTokens.director(org.programme()))
                .queryParam("subjectCode", org.programme())
                .get("/api/improvement-plans")
                .then()
                .body("items[0].state", equalTo("PLAN"))
                .body("items[0].sourceCampaignId", equalTo(campaign.toString()))
                .extract()
                .path("items[0].id");
        given().auth()
                .oauth2(TestTokens.director(org.programme()))
                .get("/api/improvement-plans/" + plan)
                .then()
                .statusCode(200)
                .body("actions.what", contains("Feedback na diensten", "Inwerken nieuwe aios"))
                .body("actions.domainCode", contains("opleidingsklimaat", "opleidingsklimaat"));
        String assessment = assessmentOf(org.programme());
        given().auth()
                .oauth2(TestTokens.director(org.programme()))
                .get("/api/assessments/" + assessment + "/evidence")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].fromEvent", equalTo(true))
                .body("items[0].kind", equalTo("SURVEY_REPORT"))
                .body("items[0].sourceEventId", equalTo(event.id().toString()))
                .body("items[0].actorCode", equalTo("opleider-en-opleidingsgroep"))
                .body("items[0].domainCode", equalTo("opleidingsklimaat"))
                .body("items[0].sourceReference", equalTo("campaign/" + campaign));

        TestEvents.publish(Topics.SURVEY, event);
        // a later report of the same programme travels behind the redelivery on the same partition
        TestEvents.publish(
                SurveyEvents.REPORT_RELEASED,
                Subjects.programme(org.programme()),
                released(org, UUID.randomUUID(), List.of()));
        await().atMost(BOUND).until(() -> plansOf(org.programme()) == 2);
        given().auth()
                .oauth2(TestTokens.systemOfProgrammes(org.programme()))
                .get("/api/assessments/" + assessment + "/evidence")
                .then()
                .body("totalItems", equalTo(2));
        given().auth()
                .oauth2(TestTokens.systemOfProgrammes(org.programme()))
                .queryParam("subjectCode", org.programme())
                .get("/api/improvement-plans")
                .then()
                .body("items.sourceCampaignId.findAll { it == '" + campaign + "' }.size()", equalTo(1));

        var opened = TopicReader.readAll(
                Topics.QUALITY,
                v -> v.contains("improvement-plan-opened") && v.contains(campaign.toString()),
                Duration.ofSeconds(2));
        assertThat(opened)
                .singleElement()
                .satisfies(r -> assertThat(r.key()).isEqualTo("programme/" + org.programme()));
    }

    @Test
    void aThermometerReportIsEvidenceButOpensNoImprovementPlan() {
        Fixtures.Organisation org = Fixtures.organisation();
        ReportReleased monitor = released(org, UUID.randomUUID(), List.of("Werkdruk"));
        ReportReleased thermometer = new ReportReleased(
                UUID.randomUUID(),
                "thermometer-welzijn",
                monitor.programmeCode(),
                monitor.institutionCode(),
                monitor.regionCode(),
                10,
                6,
                new BigDecimal("0.6000"),
                List.of(),
                List.of(),
                List.of("Werkdruk"),
                monitor.audiences());
        TestEvents.publish(SurveyEvents.REPORT_RELEASED, Subjects.programme(org.programme()), thermometer);
        // the monitor report travels behind it on the same partition: once its plan exists, the thermometer was handled
        TestEvents.publish(SurveyEvents.REPORT_RELEASED, Subjects.programme(org.programme()), monitor);

        await().atMost(BOUND).until(() -> plansOf(org.programme()) == 1);
        given().auth()
                .oauth2(TestTokens.systemOfProgrammes(org.programme()))
                .get("/api/assessments/" + assessmentOf(org.programme()) + "/evidence")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2));
        given().auth()
                .oauth2(TestTokens.systemOfProgrammes(org.programme()))
                .queryParam("subjectCode", org.programme())
                .get("/api/improvement-plans")
                .then()
                .body("items[0].sourceCampaignId", equalTo(monitor.campaignId().toString()));
    }

    @Test
    void aWithheldReportIsShownToTheCocWithoutFiguresOrAPlanForTheProgramme() {
        Fixtures.Organisation org = Fixtures.organisation();
        TestEvents.publish(
                SurveyEvents.REPORT_WITHHELD,
                Subjects.programme(org.programme()),
                new ReportWithheld(
                        UUID.randomUUID(),
                        "OPLEIDINGSMONITOR",
                        org.programme(),
                        org.institution(),
                        org.region(),
                        8,
                        2,
                        4,
                        List.of("coc", "education-advisor")));

        await().atMost(BOUND)
                .untilAsserted(() -> given().auth()
                        .oauth2(TestTokens.coc(org.institution()))
                        .get("/api/dashboards/institutions/" + org.institution())
                        .then()
                        .statusCode(200)
                        .body("programmes[0].latestReport.state", equalTo("WITHHELD")));
        // 2 respondents is a figure about fewer than 4 people: the COC learns that the report is withheld, not how many
        // answered
        given().auth()
                .oauth2(TestTokens.coc(org.institution()))
                .get("/api/dashboards/institutions/" + org.institution())
                .then()
                .body("programmes[0].latestReport.respondents", equalTo(null))
                .body("programmes[0].latestReport.invited", equalTo(8))
                .body("programmes[0].latestReport.responseRate", equalTo(null))
                .body("programmes[0].latestReport.threshold", equalTo(4))
                .body("programmes[0].latestReport.note", equalTo("fewer than 4 residents: that count is not shown"))
                .body("programmes[0].latestReport.domainScores.size()", equalTo(0))
                .body("programmes[0].improvementPlan", equalTo(null));
        assertThat(plansOf(org.programme())).isZero();
    }
}

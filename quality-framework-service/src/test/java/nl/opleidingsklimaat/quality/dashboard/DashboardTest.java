package nl.opleidingsklimaat.quality.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opleidingsklimaat.contracts.Subjects;
import nl.opleidingsklimaat.contracts.survey.DomainScore;
import nl.opleidingsklimaat.contracts.survey.ReportReleased;
import nl.opleidingsklimaat.contracts.survey.ReportWithheld;
import nl.opleidingsklimaat.contracts.survey.SurveyEvents;
import nl.opleidingsklimaat.quality.Fixtures;
import nl.opleidingsklimaat.testsupport.TestEvents;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DashboardTest {

    @Inject
    AgroalDataSource dataSource;

    long auditEntries(String resourceType, String resourceId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT count(*) FROM audit_entry WHERE resource_type = ? AND resource_id = ? AND actor = ?")) {
            query.setString(1, resourceType);
            query.setString(2, resourceId);
            query.setString(3, "test-coc-" + resourceId);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    @Test
    void everyDashboardReadIsAudited() throws SQLException {
        Fixtures.Organisation org = Fixtures.organisation();
        given().auth()
                .oauth2(TestTokens.coc(org.institution()))
                .get("/api/dashboards/institutions/" + org.institution())
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TestTokens.coc(org.institution()))
                .get("/api/dashboards/institutions/" + org.institution())
                .then()
                .statusCode(200);
        assertThat(auditEntries("institution-dashboard", org.institution())).isEqualTo(2);
    }

    @Test
    void theCocDashboardShowsReportsPlansAndCoveragePerProgramme() {
        Fixtures.Organisation org = Fixtures.organisation();
        TestEvents.publish(
                SurveyEvents.REPORT_RELEASED,
                Subjects.programme(org.programme()),
                new ReportReleased(
                        UUID.randomUUID(),
                        "OPLEIDINGSMONITOR",
                        org.programme(),
                        org.institution(),
                        org.region(),
                        10,
                        8,
                        new BigDecimal("0.8000"),
                        List.of(new DomainScore("supervision", new BigDecimal("4.10"), 8)),
                        List.of(),
                        List.of("Roosters"),
                        List.of("coc")));
        String coc = TestTokens.coc(org.institution());
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(coc)
                        .get("/api/dashboards/institutions/" + org.institution())
                        .then()
                        .statusCode(200)
                        .body("programmes[0].latestReport.state", equalTo("RELEASED")));
        given().auth()
                .oauth2(coc)
                .get("/api/dashboards/institutions/" + org.institution())
                .then()
                .body("programmesTotal", equalTo(1))
                .body("programmes[0].latestReport.respondents", equalTo(8))
                .body("programmes[0].latestReport.responseRate", equalTo(0.8f))
                .body("programmes[0].latestReport.domainScores[0].domain", equalTo("supervision"))
                .body("programmes[0].improvementPlan.state", equalTo("PLAN"))
                .body("programmes[0].improvementPlan.openActions", equalTo(1))
                .body("programmes[0].coverage.tasks", equalTo(27))
                .body("programmes[0].coverage.percentMet", equalTo(0));
    }

    @Test
    void dashboardsAreOnlyForTheirOwnInstitutionOrRegion() {
        Fixtures.Organisation org = Fixtures.organisation();
        given().auth()
                .oauth2(TestTokens.coc("OTHER-INST"))
                .get("/api/dashboards/institutions/" + org.institution())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.board(org.institution()))
                .get("/api/dashboards/institutions/" + org.institution())
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TestTokens.advisor(org.region()))
                .get("/api/dashboards/institutions/" + org.institution())
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TestTokens.director(org.programme()))
                .get("/api/dashboards/institutions/" + org.institution())
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.coordinator("OTHER-OOR"))
                .get("/api/dashboards/regions/" + org.region())
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.coc(org.institution()))
                .get("/api/dashboards/regions/" + org.region())
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.coordinator(org.region()))
                .get("/api/dashboards/regions/" + org.region() + "?size=0")
                .then()
                .statusCode(400);
    }

    @Test
    void theRegionDashboardAddsUpInstitutionsAndListsTheRegionsGaps() {
        Fixtures.Organisation org = Fixtures.organisation();
        String silent = Fixtures.programmeAt(org);
        String withheld = Fixtures.programmeAt(org);
        TestEvents.publish(
                SurveyEvents.REPORT_WITHHELD,
                Subjects.programme(withheld),
                new ReportWithheld(
                        UUID.randomUUID(),
                        "OPLEIDINGSMONITOR",
                        withheld,
                        org.institution(),
                        org.region(),
                        6,
                        2,
                        4,
                        List.of("coc")));
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
                .oauth2(TestTokens.director(org.programme()))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "what",
                        "Achterstallig",
                        "ownerReference",
                        "person-1",
                        "dueDate",
                        LocalDate.now().minusDays(3).toString()))
                .post("/api/improvement-plans/" + plan + "/actions")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(TestTokens.coordinator(org.region()))
                .contentType(ContentType.JSON)
                .body(Map.of("subjectType", "REGION", "subjectCode", org.region(), "year", 2026))
                .post("/api/assessments")
                .then()
                .statusCode(201);

        String coordinator = TestTokens.coordinator(org.region());
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(coordinator)
                        .get("/api/dashboards/regions/" + org.region())
                        .then()
                        .statusCode(200)
                        .body("institutions[0].reportsWithheld", equalTo(1)));
        given().auth()
                .oauth2(coordinator)
                .get("/api/dashboards/regions/" + org.region())
                .then()
                .body("institutionsTotal", equalTo(1))
                .body("institutions[0].programmes", equalTo(3))
                .body("institutions[0].programmesWithoutReport", equalTo(2))
                .body("institutions[0].openPlans", equalTo(1))
                .body("institutions[0].overdueActions", equalTo(1))
                .body("gaps.kind", hasItems("REPORT_WITHHELD", "NO_REPORT", "OVERDUE_ACTIONS", "REGION_TASKS_OPEN"))
                .body("gaps.findAll { it.kind == 'NO_REPORT' }.programmeCode", hasItem(silent))
                .body(
                        "gaps.find { it.kind == 'REGION_TASKS_OPEN' }.detail",
                        equalTo("14 of 14 OOR tasks not met in 2026"));
    }
}

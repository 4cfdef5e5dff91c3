package nl.opleidingsklimaat.quality.dashboard;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opleidingsklimaat.contracts.Subjects;
import nl.opleidingsklimaat.contracts.coaching.CoachingEvents;
import nl.opleidingsklimaat.contracts.coaching.TrackCompleted;
import nl.opleidingsklimaat.contracts.coaching.TrackStarted;
import nl.opleidingsklimaat.contracts.survey.DomainScore;
import nl.opleidingsklimaat.contracts.survey.ReportReleased;
import nl.opleidingsklimaat.contracts.survey.ReportWithheld;
import nl.opleidingsklimaat.contracts.survey.SurveyEvents;
import nl.opleidingsklimaat.contracts.trainingevents.AttendanceConfirmed;
import nl.opleidingsklimaat.contracts.trainingevents.TrainingEventEvents;
import nl.opleidingsklimaat.quality.Fixtures;
import nl.opleidingsklimaat.testsupport.TestEvents;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, attack 6: the dashboards showed figures from fewer than 4 people ("completed: 1" where coaching-service
 * says "fewer than 4"), and showed a coordinator the wellbeing thermometer's domain scores that survey-service refuses
 * the same coordinator.
 */
@QuarkusTest
class DashboardPrivacyTest {
    static final Duration BOUND = Duration.ofSeconds(30);
    /** A released thermometer report's audiences as survey-service names them: no region coordinator, no board. */
    static final List<String> THERMOMETER_AUDIENCES =
            List.of("programme-director", "supervisor", "coc", "education-advisor", "system");

    @Test
    void oneCompletedCoachingTrackIsNotShownAsACountOnEitherDashboard() {
        Fixtures.Organisation org = Fixtures.organisation();
        UUID track = UUID.randomUUID();
        TestEvents.publish(
                CoachingEvents.TRACK_STARTED,
                Subjects.programme(org.programme()),
                new TrackStarted(track, org.programme(), org.institution(), "challenge-and-support", 0));
        TestEvents.publish(
                CoachingEvents.TRACK_COMPLETED,
                Subjects.programme(org.programme()),
                new TrackCompleted(track, org.programme(), org.institution(), "challenge-and-support", 6));

        await().atMost(BOUND)
                .untilAsserted(() -> institutionDashboard(TestTokens.coc(org.institution()), org)
                        .body(
                                "programmes[0].coaching.note",
                                equalTo("fewer than 4 tracks, or a figure that would reveal such a count: not shown")));
        institutionDashboard(TestTokens.coc(org.institution()), org)
                .body("programmes[0].coaching.completed", equalTo(null))
                .body("programmes[0].coaching.started", equalTo(0));
        regionDashboard(TestTokens.coordinator(org.region()), org)
                .body("institutions[0].coaching.completed", equalTo(null))
                .body("institutions[0].coaching.started", equalTo(0));
    }

    @Test
    void anInstitutionTotalNeverGivesBackTheHiddenCountOfOneOfItsProgrammes() {
        Fixtures.Organisation org = Fixtures.organisation();
        String small = Fixtures.programmeAt(org);
        startTracks(org, org.programme(), 5);
        startTracks(org, small, 2);

        // 7 in the institution minus the 5 shown would be the 2 hidden: the total is not shown either
        await().atMost(BOUND)
                .untilAsserted(() -> regionDashboard(TestTokens.coordinator(org.region()), org)
                        .body("institutions[0].coaching.started", equalTo(null)));
        institutionDashboard(TestTokens.coc(org.institution()), org)
                .body("programmes.find { it.programmeCode == '" + org.programme() + "' }.coaching.started", equalTo(5))
                .body("programmes.find { it.programmeCode == '" + small + "' }.coaching.started", equalTo(null));

        // two more in the small programme: every cell is 0 or at least 4, so the total is shown
        startTracks(org, small, 2);
        await().atMost(BOUND)
                .untilAsserted(() -> regionDashboard(TestTokens.coordinator(org.region()), org)
                        .body("institutions[0].coaching.started", equalTo(9)));
    }

    @Test
    void supervisorsPointsAreNotShownWhenOneSideOfTheSplitIsFewerThanFour() {
        Fixtures.Organisation org = Fixtures.organisation();
        for (int i = 0; i < 4; i++) {
            attend(org, "resident", "2");
        }
        attend(org, "supervisor", "3");

        // total minus the residents' points would be one supervisor's points: neither is shown
        await().atMost(BOUND)
                .untilAsserted(() -> institutionDashboard(TestTokens.coc(org.institution()), org)
                        .body("programmes[0].professionalisation.attendances", equalTo(5)));
        institutionDashboard(TestTokens.coc(org.institution()), org)
                .body("programmes[0].professionalisation.supervisorPoints", equalTo(null))
                .body("programmes[0].professionalisation.totalPoints", equalTo(null));
        regionDashboard(TestTokens.coordinator(org.region()), org)
                .body("institutions[0].supervisorPoints", equalTo(null));
    }

    @Test
    void theCoordinatorGetsNoThermometerFiguresThatSurveyServiceRefusesThem() {
        Fixtures.Organisation org = Fixtures.organisation();
        TestEvents.publish(
                SurveyEvents.REPORT_RELEASED,
                Subjects.programme(org.programme()),
                new ReportReleased(
                        UUID.randomUUID(),
                        "thermometer-welzijn",
                        org.programme(),
                        org.institution(),
                        org.region(),
                        10,
                        6,
                        new BigDecimal("0.6000"),
                        List.of(new DomainScore("werkdruk", new BigDecimal("4.20"), 6)),
                        List.of(),
                        List.of("Werkdruk"),
                        THERMOMETER_AUDIENCES));

        await().atMost(BOUND)
                .untilAsserted(() -> institutionDashboard(TestTokens.coc(org.institution()), org)
                        .body("programmes[0].latestReport.domainScores[0].domain", equalTo("werkdruk"))
                        .body("programmes[0].latestReport.respondents", equalTo(6)));
        for (String refused : List.of(TestTokens.coordinator(org.region()), TestTokens.board(org.institution()))) {
            institutionDashboard(refused, org)
                    .body("programmes[0].latestReport.state", equalTo("RELEASED"))
                    .body("programmes[0].latestReport.domainScores.size()", equalTo(0))
                    .body("programmes[0].latestReport.respondents", equalTo(null))
                    .body("programmes[0].latestReport.invited", equalTo(null))
                    .body("programmes[0].latestReport.responseRate", equalTo(null))
                    .body(
                            "programmes[0].latestReport.note",
                            equalTo(
                                    "the report's figures are for programme-director, supervisor, coc, education-advisor, system only"));
        }
        institutionDashboard(TestTokens.advisor(org.region()), org)
                .body("programmes[0].latestReport.domainScores[0].mean", equalTo(4.2f));
        institutionDashboard(TestTokens.systemOfInstitution(org.institution()), org)
                .body("programmes[0].latestReport.domainScores[0].mean", equalTo(4.2f));
    }

    @Test
    void aWithheldReportsFiguresAreForItsAudiencesOnlyAndNeverItsSmallCount() {
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
                        9,
                        3,
                        4,
                        List.of("coc", "education-advisor")));

        await().atMost(BOUND)
                .untilAsserted(() -> institutionDashboard(TestTokens.advisor(org.region()), org)
                        .body("programmes[0].latestReport.state", equalTo("WITHHELD")));
        institutionDashboard(TestTokens.advisor(org.region()), org)
                .body("programmes[0].latestReport.invited", equalTo(9))
                .body("programmes[0].latestReport.respondents", equalTo(null))
                .body("programmes[0].latestReport.responseRate", equalTo(null))
                .body("programmes[0].latestReport.threshold", equalTo(4));
        regionDashboard(TestTokens.advisor(org.region()), org)
                .body(
                        "gaps.find { it.kind == 'REPORT_WITHHELD' }.detail",
                        equalTo("fewer than 4 respondents, threshold 4"));
        // a machine token (and the coordinator) is not among the audiences: the state, no figures
        institutionDashboard(TestTokens.systemOfInstitution(org.institution()), org)
                .body("programmes[0].latestReport.state", equalTo("WITHHELD"))
                .body("programmes[0].latestReport.invited", equalTo(null))
                .body("programmes[0].latestReport.threshold", equalTo(null));
        regionDashboard(TestTokens.coordinator(org.region()), org)
                .body(
                        "gaps.find { it.kind == 'REPORT_WITHHELD' }.detail",
                        equalTo("report withheld; the report's figures are for coc, education-advisor only"));
    }

    private static void startTracks(Fixtures.Organisation org, String programme, int tracks) {
        for (int i = 0; i < tracks; i++) {
            TestEvents.publish(
                    CoachingEvents.TRACK_STARTED,
                    Subjects.programme(programme),
                    new TrackStarted(UUID.randomUUID(), programme, org.institution(), "intervision", 0));
        }
    }

    private static void attend(Fixtures.Organisation org, String role, String points) {
        TestEvents.publish(
                TrainingEventEvents.ATTENDANCE_CONFIRMED,
                Subjects.programme(org.programme()),
                new AttendanceConfirmed(
                        UUID.randomUUID(),
                        "symposium",
                        "Symposium",
                        LocalDate.now(),
                        "person-" + UUID.randomUUID(),
                        role,
                        org.programme(),
                        org.institution(),
                        new BigDecimal(points),
                        List.of()));
    }

    private static ValidatableResponse institutionDashboard(String token, Fixtures.Organisation org) {
        return given().auth()
                .oauth2(token)
                .queryParam("size", 200)
                .get("/api/dashboards/institutions/" + org.institution())
                .then()
                .statusCode(200);
    }

    private static ValidatableResponse regionDashboard(String token, Fixtures.Organisation org) {
        return given().auth()
                .oauth2(token)
                .get("/api/dashboards/regions/" + org.region())
                .then()
                .statusCode(200);
    }
}

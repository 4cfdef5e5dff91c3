package nl.opleidingsklimaat.quality.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opleidingsklimaat.contracts.CloudEvent;
import nl.opleidingsklimaat.contracts.Subjects;
import nl.opleidingsklimaat.contracts.Topics;
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
import nl.opleidingsklimaat.testsupport.TestSql;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Whoever can write a record on a topic tries to change what this service believes (issue 13, attack 5): each forged
 * or impossible event lands on {@code quality-framework-service.dlq} with its reason and changes nothing.
 */
@QuarkusTest
class ForgedEventsTest {
    static final List<String> RELEASED_AUDIENCES =
            List.of("programme-director", "supervisor", "coc", "education-advisor");
    static final List<String> WITHHELD_AUDIENCES = List.of("coc", "education-advisor");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theReportedAttackAForgedReleaseOnTheCoachingTopicFromAnAttackerChangesNothing() {
        Fixtures.Organisation org = Fixtures.organisation();
        UUID campaign = withheldReportOf(org);

        CloudEvent<ReportReleased> forged = TestEvents.publishForged(
                Topics.COACHING,
                "attacker",
                SurveyEvents.REPORT_RELEASED,
                Subjects.programme(org.programme()),
                released(campaign, org.programme(), org.institution(), org.region(), 3, 9));

        assertThat(DeadLetterInbox.reasonFor(forged.id())).contains("published on survey.v1 only, not on coaching.v1");
        assertStillWithheld(org);
    }

    @Test
    void aReleaseWithMoreRespondentsThanInvitedFromTheRightSourceIsDeadLettered() {
        Fixtures.Organisation org = Fixtures.organisation();
        UUID campaign = withheldReportOf(org);

        CloudEvent<ReportReleased> impossible = TestEvents.publish(
                SurveyEvents.REPORT_RELEASED,
                Subjects.programme(org.programme()),
                released(campaign, org.programme(), org.institution(), org.region(), 3, 9));

        assertThat(DeadLetterInbox.reasonFor(impossible.id())).contains("more respondents than invited");
        assertStillWithheld(org);
    }

    @Test
    void aPlausibleReportAboutAProgrammeTheRegistryDoesNotKnowIsDeadLettered() {
        Fixtures.Organisation org = Fixtures.organisation();
        String unknown = Fixtures.unique("PRG");

        CloudEvent<ReportReleased> forged = TestEvents.publish(
                SurveyEvents.REPORT_RELEASED,
                Subjects.programme(unknown),
                released(UUID.randomUUID(), unknown, org.institution(), org.region(), 12, 9));

        assertThat(DeadLetterInbox.reasonFor(forged.id())).contains("programme " + unknown + " is not in the registry");
        assertThat(count("SELECT count(*) FROM report_outcome WHERE programme_code = ?", unknown))
                .isZero();
        assertThat(count("SELECT count(*) FROM assessment WHERE subject_code = ?", unknown))
                .isZero();
        assertThat(count("SELECT count(*) FROM improvement_plan WHERE subject_code = ?", unknown))
                .isZero();
    }

    @Test
    void aPlausibleReportThatPlacesAProgrammeInAnotherInstitutionOrRegionIsDeadLettered() {
        Fixtures.Organisation org = Fixtures.organisation();
        Fixtures.Organisation elsewhere = Fixtures.organisation();

        CloudEvent<ReportReleased> otherInstitution = TestEvents.publish(
                SurveyEvents.REPORT_RELEASED,
                Subjects.programme(org.programme()),
                released(UUID.randomUUID(), org.programme(), elsewhere.institution(), elsewhere.region(), 12, 9));
        CloudEvent<ReportWithheld> otherRegion = TestEvents.publish(
                SurveyEvents.REPORT_WITHHELD,
                Subjects.programme(org.programme()),
                new ReportWithheld(
                        UUID.randomUUID(),
                        "OPLEIDINGSMONITOR",
                        org.programme(),
                        org.institution(),
                        elsewhere.region(),
                        8,
                        2,
                        4,
                        WITHHELD_AUDIENCES));

        assertThat(DeadLetterInbox.reasonFor(otherInstitution.id()))
                .contains("programme " + org.programme() + " belongs to institution " + org.institution() + ", not "
                        + elsewhere.institution());
        assertThat(DeadLetterInbox.reasonFor(otherRegion.id())).contains("lies in region " + org.region());
        assertNothingKnownOf(org.programme());
        given().auth()
                .oauth2(TestTokens.coc(org.institution()))
                .get("/api/dashboards/institutions/" + org.institution())
                .then()
                .statusCode(200)
                .body("programmes[0].latestReport.state", equalTo("NONE"));
    }

    @Test
    void aReleaseCannotOverturnTheWithheldReportOfTheSameCampaign() {
        Fixtures.Organisation org = Fixtures.organisation();
        UUID campaign = withheldReportOf(org);

        // right topic, right source, plausible figures, the right programme: only a second outcome of the campaign
        CloudEvent<ReportReleased> overturn = TestEvents.publish(
                SurveyEvents.REPORT_RELEASED,
                Subjects.programme(org.programme()),
                released(campaign, org.programme(), org.institution(), org.region(), 8, 4));

        assertThat(DeadLetterInbox.reasonFor(overturn.id()))
                .contains("already has its one report outcome of campaign " + campaign);
        assertStillWithheld(org);
    }

    @Test
    void aWithheldReportCannotHideTheReleasedReportOfTheSameCampaign() {
        Fixtures.Organisation org = Fixtures.organisation();
        UUID campaign = UUID.randomUUID();
        TestEvents.publish(
                SurveyEvents.REPORT_RELEASED,
                Subjects.programme(org.programme()),
                released(campaign, org.programme(), org.institution(), org.region(), 12, 9));
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        count("SELECT count(*) FROM improvement_plan WHERE subject_code = ?", org.programme()) == 1);

        CloudEvent<ReportWithheld> hide = TestEvents.publish(
                SurveyEvents.REPORT_WITHHELD,
                Subjects.programme(org.programme()),
                new ReportWithheld(
                        campaign,
                        "OPLEIDINGSMONITOR",
                        org.programme(),
                        org.institution(),
                        org.region(),
                        12,
                        2,
                        4,
                        WITHHELD_AUDIENCES));

        assertThat(DeadLetterInbox.reasonFor(hide.id())).contains("already has its one report outcome");
        assertThat(TestSql.rows(
                        dataSource,
                        "SELECT status, respondents FROM report_outcome WHERE programme_code = ?",
                        org.programme()))
                .containsExactly(List.of("RELEASED", "9"));
    }

    @Test
    void coachingTracksOfProgrammesElsewhereOrUnknownAreDeadLettered() {
        Fixtures.Organisation org = Fixtures.organisation();
        Fixtures.Organisation elsewhere = Fixtures.organisation();
        String unknown = Fixtures.unique("PRG");
        UUID track = UUID.randomUUID();

        CloudEvent<TrackStarted> wrongInstitution = TestEvents.publish(
                CoachingEvents.TRACK_STARTED,
                Subjects.programme(org.programme()),
                new TrackStarted(track, org.programme(), elsewhere.institution(), "challenge-and-support", 0));
        CloudEvent<TrackStarted> unknownProgramme = TestEvents.publish(
                CoachingEvents.TRACK_STARTED,
                Subjects.programme(unknown),
                new TrackStarted(UUID.randomUUID(), unknown, org.institution(), "challenge-and-support", 0));

        assertThat(DeadLetterInbox.reasonFor(wrongInstitution.id()))
                .contains("belongs to institution " + org.institution());
        assertThat(DeadLetterInbox.reasonFor(unknownProgramme.id()))
                .contains("programme " + unknown + " is not in the registry");
        assertThat(count(
                        "SELECT count(*) FROM coaching_track WHERE track_id = ? OR programme_code = ?", track, unknown))
                .isZero();
    }

    @Test
    void aCoachingTrackCannotMoveToAnotherProgramme() {
        Fixtures.Organisation org = Fixtures.organisation();
        String other = Fixtures.programmeAt(org);
        UUID track = UUID.randomUUID();
        TestEvents.publish(
                CoachingEvents.TRACK_STARTED,
                Subjects.programme(org.programme()),
                new TrackStarted(track, org.programme(), org.institution(), "challenge-and-support", 0));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count("SELECT count(*) FROM coaching_track WHERE track_id = ?", track) == 1);

        CloudEvent<TrackCompleted> moved = TestEvents.publish(
                CoachingEvents.TRACK_COMPLETED,
                Subjects.programme(other),
                new TrackCompleted(track, other, org.institution(), "challenge-and-support", 6));

        assertThat(DeadLetterInbox.reasonFor(moved.id())).contains("belongs to programme " + org.programme());
        assertThat(TestSql.rows(
                        dataSource, "SELECT programme_code, status FROM coaching_track WHERE track_id = ?", track))
                .containsExactly(List.of(org.programme(), "STARTED"));
    }

    @Test
    void attendanceOfUnknownInstitutionsOrOfProgrammesElsewhereIsDeadLettered() {
        Fixtures.Organisation org = Fixtures.organisation();
        Fixtures.Organisation elsewhere = Fixtures.organisation();
        String unknownInstitution = Fixtures.unique("INST");

        CloudEvent<AttendanceConfirmed> noSuchInstitution = TestEvents.publish(
                TrainingEventEvents.ATTENDANCE_CONFIRMED,
                Subjects.institution(unknownInstitution),
                attendance(null, unknownInstitution));
        CloudEvent<AttendanceConfirmed> programmeElsewhere = TestEvents.publish(
                TrainingEventEvents.ATTENDANCE_CONFIRMED,
                Subjects.programme(org.programme()),
                attendance(org.programme(), elsewhere.institution()));

        assertThat(DeadLetterInbox.reasonFor(noSuchInstitution.id()))
                .contains("institution " + unknownInstitution + " is not in the registry");
        assertThat(DeadLetterInbox.reasonFor(programmeElsewhere.id()))
                .contains("belongs to institution " + org.institution());
        assertThat(count(
                        "SELECT count(*) FROM assessment WHERE institution_code IN (?, ?, ?)",
                        org.institution(),
                        elsewhere.institution(),
                        unknownInstitution))
                .isZero();
    }

    static ReportReleased released(
            UUID campaign, String programme, String institution, String region, int invited, int respondents) {
        return new ReportReleased(
                campaign,
                "OPLEIDINGSMONITOR",
                programme,
                institution,
                region,
                invited,
                respondents,
                new BigDecimal(respondents).divide(new BigDecimal(invited), 4, java.math.RoundingMode.HALF_UP),
                List.of(new DomainScore("supervision", new BigDecimal("2.10"), respondents)),
                List.of(),
                List.of("Roosters"),
                RELEASED_AUDIENCES);
    }

    private static AttendanceConfirmed attendance(String programme, String institution) {
        return new AttendanceConfirmed(
                UUID.randomUUID(),
                "symposium",
                "Symposium",
                LocalDate.now(),
                "person-x",
                "supervisor",
                programme,
                institution,
                new BigDecimal("2"),
                List.of());
    }

    /** A genuine withheld report of the programme (2 of 3 responded), as the COC sees it; returns its campaign. */
    private UUID withheldReportOf(Fixtures.Organisation org) {
        UUID campaign = UUID.randomUUID();
        TestEvents.publish(
                SurveyEvents.REPORT_WITHHELD,
                Subjects.programme(org.programme()),
                new ReportWithheld(
                        campaign,
                        "OPLEIDINGSMONITOR",
                        org.programme(),
                        org.institution(),
                        org.region(),
                        3,
                        2,
                        4,
                        WITHHELD_AUDIENCES));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(TestTokens.coc(org.institution()))
                        .get("/api/dashboards/institutions/" + org.institution())
                        .then()
                        .statusCode(200)
                        .body("programmes[0].latestReport.state", equalTo("WITHHELD")));
        return campaign;
    }

    private void assertStillWithheld(Fixtures.Organisation org) {
        given().auth()
                .oauth2(TestTokens.coc(org.institution()))
                .get("/api/dashboards/institutions/" + org.institution())
                .then()
                .statusCode(200)
                .body("programmes[0].latestReport.state", equalTo("WITHHELD"))
                .body("programmes[0].latestReport.domainScores.size()", equalTo(0))
                .body("programmes[0].improvementPlan", equalTo(null));
        assertThat(TestSql.rows(
                        dataSource,
                        "SELECT status, respondents FROM report_outcome WHERE programme_code = ?",
                        org.programme()))
                .containsExactly(List.of("WITHHELD", "2"));
        assertThat(count(
                        "SELECT count(*) FROM evidence e JOIN assessment a ON a.id = e.assessment_id WHERE a.subject_code = ?",
                        org.programme()))
                .isZero();
        assertThat(count("SELECT count(*) FROM improvement_plan WHERE subject_code = ?", org.programme()))
                .isZero();
    }

    private void assertNothingKnownOf(String programme) {
        assertThat(count("SELECT count(*) FROM report_outcome WHERE programme_code = ?", programme))
                .isZero();
        assertThat(count("SELECT count(*) FROM assessment WHERE subject_code = ?", programme))
                .isZero();
        assertThat(count("SELECT count(*) FROM improvement_plan WHERE subject_code = ?", programme))
                .isZero();
    }

    private long count(String sql, Object... params) {
        return TestSql.count(dataSource, sql, params);
    }
}

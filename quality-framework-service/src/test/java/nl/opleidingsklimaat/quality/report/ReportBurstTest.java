package nl.opleidingsklimaat.quality.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.opleidingsklimaat.contracts.CloudEvent;
import nl.opleidingsklimaat.contracts.Subjects;
import nl.opleidingsklimaat.contracts.Topics;
import nl.opleidingsklimaat.contracts.survey.ReportReleased;
import nl.opleidingsklimaat.contracts.survey.ReportWithheld;
import nl.opleidingsklimaat.contracts.survey.SurveyEvents;
import nl.opleidingsklimaat.quality.Fixtures;
import nl.opleidingsklimaat.testsupport.TestEvents;
import nl.opleidingsklimaat.testsupport.TestSql;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * A national close: a burst of released reports arrives at once, with a redelivery, a programme reported twice in the
 * campaign, a programme with a thermometer report besides its monitor report, and a withheld report. Each effect must
 * exist exactly once, as when the events arrive one by one; the second report of a programme in the campaign cannot
 * come from survey-service (it reports each programme once per campaign) and is dead-lettered.
 */
@QuarkusTest
class ReportBurstTest {
    private static final Logger LOG = Logger.getLogger(ReportBurstTest.class);
    // a larger burst (-Dburst.programmes=600) shows the throughput; the default keeps the suite quick
    private static final int PROGRAMMES = Integer.getInteger("burst.programmes", 50);
    private static final List<String> ATTENTION_POINTS = List.of("Feedback na diensten", "Inwerken nieuwe aios");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aBurstOfReleasedReportsHasEachEffectOnce() {
        Fixtures.Organisation org = Fixtures.organisation();
        List<String> programmes = new ArrayList<>();
        for (int i = 0; i < PROGRAMMES; i++) {
            programmes.add(Fixtures.programmeAt(org));
        }
        String withheldProgramme = Fixtures.programmeAt(org);
        UUID campaign = UUID.randomUUID();
        String reportedTwice = programmes.get(0);
        String withThermometer = programmes.get(1);
        String redelivered = programmes.get(2);

        List<CloudEvent<?>> burst = new ArrayList<>();
        burst.add(event(thermometer(org, withThermometer)));
        for (String programme : programmes) {
            CloudEvent<ReportReleased> event = event(monitor(org, programme, campaign, 9));
            burst.add(event);
            if (programme.equals(redelivered)) {
                burst.add(event);
            }
        }
        burst.add(withheld(org, withheldProgramme, campaign));
        CloudEvent<ReportReleased> secondReport = event(monitor(org, reportedTwice, campaign, 11));
        burst.add(secondReport);

        long start = System.nanoTime();
        TestEvents.publishTogether(Topics.SURVEY, burst);
        int evidence = PROGRAMMES + 1;
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> count(
                                        "SELECT count(*) FROM evidence e JOIN assessment a ON a.id = e.assessment_id WHERE a.institution_code = ?",
                                        org.institution())
                                == evidence
                        && count("SELECT count(*) FROM report_outcome WHERE institution_code = ?", org.institution())
                                == PROGRAMMES + 2);
        LOG.infof(
                "Applied a burst of %d report events in %d ms",
                burst.size(), Duration.ofNanos(System.nanoTime() - start).toMillis());

        // nothing more arrives: the redelivery and the second report had no second effect
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(10))
                .until(() -> count(
                                "SELECT count(*) FROM evidence e JOIN assessment a ON a.id = e.assessment_id WHERE a.institution_code = ?",
                                org.institution())
                        == evidence);
        assertThat(count("SELECT count(*) FROM assessment WHERE institution_code = ?", org.institution()))
                .isEqualTo(PROGRAMMES);
        assertThat(count(
                        "SELECT count(DISTINCT (subject_code, year)) FROM assessment WHERE institution_code = ?",
                        org.institution()))
                .isEqualTo(PROGRAMMES);
        assertThat(count("""
                SELECT count(*) FROM assessment a WHERE a.institution_code = ? AND (SELECT count(*) FROM assessment_task t
                WHERE t.assessment_id = a.id) <> (SELECT count(*) FROM framework_item i JOIN framework_actor f
                ON f.framework_id = i.framework_id AND f.code = i.actor_code
                WHERE i.framework_id = a.framework_id AND i.kind = 'TASK' AND f.subject_type = 'PROGRAMME')""", org.institution()))
                .as("assessments without exactly their framework's programme tasks")
                .isZero();
        assertThat(DeadLetterInbox.reasonFor(secondReport.id()))
                .contains("already has its one report outcome of campaign " + campaign);
        assertThat(evidenceOf(reportedTwice)).isEqualTo(1);
        assertThat(evidenceOf(withThermometer)).isEqualTo(2);
        assertThat(evidenceOf(redelivered)).isEqualTo(1);

        assertThat(count("SELECT count(*) FROM improvement_plan WHERE institution_code = ?", org.institution()))
                .isEqualTo(PROGRAMMES);
        assertThat(count(
                        "SELECT count(*) FROM improvement_plan WHERE institution_code = ? AND source_campaign_id = ? AND state = 'PLAN'",
                        org.institution(),
                        campaign))
                .isEqualTo(PROGRAMMES);
        assertThat(count(
                        "SELECT count(*) FROM plan_action a JOIN improvement_plan p ON p.id = a.plan_id WHERE p.institution_code = ?",
                        org.institution()))
                .isEqualTo(PROGRAMMES * ATTENTION_POINTS.size());
        assertThat(history(reportedTwice))
                .containsExactly(
                        "Plan opened: Verbeterplan na rapportage OPLEIDINGSMONITOR "
                                + OffsetDateTime.now().getYear(),
                        "Action added: Feedback na diensten",
                        "Action added: Inwerken nieuwe aios");
        assertThat(count(
                        "SELECT count(*) FROM outbox_event WHERE event_type = 'nl.opleidingsklimaat.quality.improvement-plan-opened.v1'"
                                + " AND envelope LIKE ?",
                        "%" + campaign + "%"))
                .isEqualTo(PROGRAMMES);

        assertThat(count(
                        "SELECT count(*) FROM report_outcome WHERE institution_code = ? AND status = 'RELEASED'",
                        org.institution()))
                .isEqualTo(PROGRAMMES + 1);
        assertThat(count(
                        "SELECT count(*) FROM report_outcome WHERE programme_code = ? AND campaign_id = ? AND respondents = 9",
                        reportedTwice,
                        campaign))
                .as("the first report's figures")
                .isEqualTo(1);
        assertThat(count(
                        "SELECT count(*) FROM report_outcome WHERE programme_code = ? AND status = 'WITHHELD'",
                        withheldProgramme))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM improvement_plan WHERE subject_code = ?", withheldProgramme))
                .isZero();
    }

    private static CloudEvent<ReportReleased> event(ReportReleased report) {
        return CloudEvent.of(
                SurveyEvents.REPORT_RELEASED,
                "/survey-service",
                Subjects.programme(report.programmeCode()),
                report,
                OffsetDateTime.now());
    }

    private static ReportReleased monitor(Fixtures.Organisation org, String programme, UUID campaign, int respondents) {
        return new ReportReleased(
                campaign,
                "OPLEIDINGSMONITOR",
                programme,
                org.institution(),
                org.region(),
                12,
                respondents,
                new BigDecimal(respondents).divide(new BigDecimal(12), 4, RoundingMode.HALF_UP),
                List.of(),
                List.of("Goede sfeer"),
                ATTENTION_POINTS,
                List.of("programme-director", "coc"));
    }

    private static ReportReleased thermometer(Fixtures.Organisation org, String programme) {
        return new ReportReleased(
                UUID.randomUUID(),
                "thermometer-welzijn",
                programme,
                org.institution(),
                org.region(),
                10,
                6,
                new BigDecimal("0.6000"),
                List.of(),
                List.of(),
                List.of("Werkdruk"),
                List.of("programme-director", "coc"));
    }

    private static CloudEvent<ReportWithheld> withheld(Fixtures.Organisation org, String programme, UUID campaign) {
        return CloudEvent.of(
                SurveyEvents.REPORT_WITHHELD,
                "/survey-service",
                Subjects.programme(programme),
                new ReportWithheld(
                        campaign,
                        "OPLEIDINGSMONITOR",
                        programme,
                        org.institution(),
                        org.region(),
                        8,
                        2,
                        4,
                        List.of("coc", "education-advisor")),
                OffsetDateTime.now());
    }

    private long evidenceOf(String programme) {
        return count(
                "SELECT count(*) FROM evidence e JOIN assessment a ON a.id = e.assessment_id WHERE a.subject_code = ?",
                programme);
    }

    private List<String> history(String programme) {
        List<String> changes = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT h.change FROM plan_history h JOIN improvement_plan p ON p.id = h.plan_id WHERE p.subject_code = ? ORDER BY h.id")) {
            statement.setString(1, programme);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    changes.add(result.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return changes;
    }

    private long count(String sql, Object... params) {
        return TestSql.count(dataSource, sql, params);
    }
}

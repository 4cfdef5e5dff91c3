package nl.opleidingsklimaat.quality.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import nl.opleidingsklimaat.contracts.CloudEvent;
import nl.opleidingsklimaat.contracts.EventType;
import nl.opleidingsklimaat.contracts.survey.ReportWithheld;
import nl.opleidingsklimaat.contracts.survey.SurveyEvents;
import nl.opleidingsklimaat.platform.consumer.IntegrationEventHandler;
import nl.opleidingsklimaat.quality.access.SubjectRef;

/** A withheld report is recorded for the COC and region dashboards; the programme side gets no draft plan. */
@ApplicationScoped
public class ReportWithheldHandler implements IntegrationEventHandler<ReportWithheld> {

    @Inject
    ProgrammeLocator programmes;

    @Override
    public EventType<ReportWithheld> eventType() {
        return SurveyEvents.REPORT_WITHHELD;
    }

    @Override
    public void handle(CloudEvent<ReportWithheld> event) {
        ReportWithheld report = event.data();
        SubjectRef programme = programmes.locate(report.programmeCode(), report.institutionCode(), report.regionCode());
        if (programme == null) {
            return;
        }
        ReportOutcome.Key key = new ReportOutcome.Key(report.programmeCode(), report.campaignId());
        ReportOutcome outcome = ReportOutcome.findById(key);
        if (outcome == null) {
            outcome = new ReportOutcome();
            outcome.id = key;
        }
        outcome.status = ReportOutcome.Status.WITHHELD;
        outcome.instrumentCode = report.instrumentCode();
        outcome.institutionCode = programme.institutionCode();
        outcome.regionCode = programme.regionCode();
        outcome.invited = report.invited();
        outcome.respondents = report.respondents();
        outcome.responseRate = report.invited() == 0 ? null
                : BigDecimal.valueOf(report.respondents()).divide(BigDecimal.valueOf(report.invited()), 4, RoundingMode.HALF_UP);
        outcome.threshold = report.threshold();
        outcome.domainScores = null;
        outcome.receivedAt = OffsetDateTime.now();
        if (!outcome.isPersistent()) {
            outcome.persist();
        }
    }
}

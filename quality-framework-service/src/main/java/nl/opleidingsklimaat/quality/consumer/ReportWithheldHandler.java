package nl.opleidingsklimaat.quality.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
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
        handleAll(List.of(event));
    }

    /** Set-based for a burst: the programmes and the outcomes of all the reports are read with a query each. */
    @Override
    public void handleAll(List<CloudEvent<ReportWithheld>> events) {
        Map<String, SubjectRef> registered = programmes.locateAll(events.stream().map(event -> event.data().programmeCode()).toList());
        List<ReportWithheld> located = events.stream().map(CloudEvent::data).filter(report -> registered.containsKey(report.programmeCode()))
                .toList();
        if (located.isEmpty()) {
            return;
        }
        Map<ReportOutcome.Key, ReportOutcome> outcomes = ReportOutcome.storedOrNew(located.stream().map(ReportWithheldHandler::keyOf).toList());
        for (ReportWithheld report : located) {
            SubjectRef programme = registered.get(report.programmeCode());
            ReportOutcome outcome = outcomes.get(keyOf(report));
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

    private static ReportOutcome.Key keyOf(ReportWithheld report) {
        return new ReportOutcome.Key(report.programmeCode(), report.campaignId());
    }
}

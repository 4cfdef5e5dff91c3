package nl.opleidingsklimaat.quality.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import nl.opleidingsklimaat.contracts.CloudEvent;
import nl.opleidingsklimaat.contracts.EventType;
import nl.opleidingsklimaat.contracts.survey.ReportWithheld;
import nl.opleidingsklimaat.contracts.survey.SurveyEvents;
import nl.opleidingsklimaat.platform.consumer.IntegrationEventHandler;
import nl.opleidingsklimaat.quality.access.SubjectRef;
import nl.opleidingsklimaat.quality.registry.ProgrammeClaim;
import nl.opleidingsklimaat.quality.registry.ProgrammeLocator;

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
        List<ReportWithheld> reports = events.stream().map(CloudEvent::data).toList();
        Map<String, SubjectRef> registered = programmes.programmes(reports.stream()
                .map(report ->
                        new ProgrammeClaim(report.programmeCode(), report.institutionCode(), report.regionCode()))
                .toList());
        ReportOutcome.recordAll(reports.stream()
                .map(report -> outcomeOf(report, registered.get(report.programmeCode())))
                .toList());
    }

    private static ReportOutcome.Received outcomeOf(ReportWithheld report, SubjectRef programme) {
        BigDecimal responseRate = report.invited() == 0
                ? null
                : BigDecimal.valueOf(report.respondents())
                        .divide(BigDecimal.valueOf(report.invited()), 4, RoundingMode.HALF_UP);
        return new ReportOutcome.Received(
                keyOf(report),
                ReportOutcome.Status.WITHHELD,
                report.instrumentCode(),
                programme,
                report.invited(),
                report.respondents(),
                responseRate,
                report.threshold(),
                null,
                report.audiences());
    }

    private static ReportOutcomeKey keyOf(ReportWithheld report) {
        return new ReportOutcomeKey(report.programmeCode(), report.campaignId());
    }
}

package nl.opleidingsklimaat.coaching.proactive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.opleidingsklimaat.coaching.CoachingConfig;
import nl.opleidingsklimaat.contracts.CloudEvent;
import nl.opleidingsklimaat.contracts.EventType;
import nl.opleidingsklimaat.contracts.survey.ReportReleased;
import nl.opleidingsklimaat.contracts.survey.SurveyEvents;
import nl.opleidingsklimaat.platform.consumer.IntegrationEventHandler;

/** A released report whose supervision score is low puts the programme on the proactive list; other reports change nothing. */
@ApplicationScoped
public class LowSupervisionHandler implements IntegrationEventHandler<ReportReleased> {
    @Inject
    ProactiveList list;

    @Inject
    CoachingConfig config;

    @Override
    public EventType<ReportReleased> eventType() {
        return SurveyEvents.REPORT_RELEASED;
    }

    @Override
    public void handle(CloudEvent<ReportReleased> event) {
        ReportReleased report = event.data();
        list.requireKnown(event, report.programmeCode(), report.institutionCode());
        if (report.domainScores() == null) {
            return;
        }
        report.domainScores().stream()
                .filter(s -> config.proactive().domain().equals(s.domain())
                        && s.mean() != null
                        && s.mean().compareTo(config.proactive().threshold()) < 0)
                .findFirst()
                .ifPresent(s -> list.flag(
                        report.programmeCode(),
                        report.institutionCode(),
                        report.regionCode(),
                        report.campaignId(),
                        "low " + s.domain() + ": mean " + s.mean().toPlainString() + " below "
                                + config.proactive().threshold().toPlainString() + " (" + report.instrumentCode()
                                + ")"));
    }
}

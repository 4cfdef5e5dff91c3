package nl.opleidingsklimaat.quality.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import nl.opleidingsklimaat.contracts.CloudEvent;
import nl.opleidingsklimaat.contracts.EventType;
import nl.opleidingsklimaat.contracts.survey.ReportReleased;
import nl.opleidingsklimaat.contracts.survey.SurveyEvents;
import nl.opleidingsklimaat.platform.consumer.IntegrationEventHandler;
import nl.opleidingsklimaat.quality.access.SubjectRef;
import nl.opleidingsklimaat.quality.assessment.EvidenceKind;
import nl.opleidingsklimaat.quality.plan.PlanService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A released report becomes evidence in the programme's assessment of the year (opleider en opleidingsgroep x
 * opleidingsklimaat); an Opleidingsmonitor report also opens a draft improvement plan seeded with its attention points,
 * once per programme and campaign.
 */
@ApplicationScoped
public class ReportReleasedHandler implements IntegrationEventHandler<ReportReleased> {

    @Inject
    ProgrammeLocator programmes;

    @Inject
    EventEvidence evidence;

    @Inject
    PlanService plans;

    @Inject
    EvidenceSettings settings;

    /** Instruments whose reports seed an improvement plan (the Opleidingsmonitor); others, like the wellbeing thermometer, are evidence only. */
    @ConfigProperty(name = "quality.plans.seeding-instruments", defaultValue = "opleidingsmonitor")
    List<String> planSeedingInstruments;

    @Override
    public EventType<ReportReleased> eventType() {
        return SurveyEvents.REPORT_RELEASED;
    }

    @Override
    public void handle(CloudEvent<ReportReleased> event) {
        ReportReleased report = event.data();
        SubjectRef programme = programmes.locate(report.programmeCode(), report.institutionCode(), report.regionCode());
        if (programme == null) {
            return;
        }
        ReportOutcome outcome = ReportOutcome.findById(new ReportOutcome.Key(report.programmeCode(), report.campaignId()));
        if (outcome == null) {
            outcome = new ReportOutcome();
            outcome.id = new ReportOutcome.Key(report.programmeCode(), report.campaignId());
        }
        outcome.status = ReportOutcome.Status.RELEASED;
        outcome.instrumentCode = report.instrumentCode();
        outcome.institutionCode = programme.institutionCode();
        outcome.regionCode = programme.regionCode();
        outcome.invited = report.invited();
        outcome.respondents = report.respondents();
        outcome.responseRate = report.responseRate();
        outcome.threshold = null;
        outcome.domainScores = report.domainScores();
        outcome.receivedAt = OffsetDateTime.now();
        if (!outcome.isPersistent()) {
            outcome.persist();
        }

        int year = (event.time() == null ? OffsetDateTime.now() : event.time()).getYear();
        String title = "Rapportage " + report.instrumentCode() + " " + year + " (" + report.respondents() + " respondenten)";
        evidence.record(event, programme, settings.reportActor(), settings.reportDomain(), title, EvidenceKind.SURVEY_REPORT,
                "campaign/" + report.campaignId(), null, null);
        if (planSeedingInstruments.stream().anyMatch(code -> code.equalsIgnoreCase(report.instrumentCode()))) {
            plans.openDraftFromReport(programme, report.campaignId(), String.valueOf(year),
                    "Verbeterplan na rapportage " + report.instrumentCode() + " " + year, report.attentionPoints());
        }
    }
}

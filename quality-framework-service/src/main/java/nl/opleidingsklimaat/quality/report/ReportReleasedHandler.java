package nl.opleidingsklimaat.quality.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import nl.opleidingsklimaat.contracts.CloudEvent;
import nl.opleidingsklimaat.contracts.EventType;
import nl.opleidingsklimaat.contracts.survey.ReportReleased;
import nl.opleidingsklimaat.contracts.survey.SurveyEvents;
import nl.opleidingsklimaat.platform.consumer.IntegrationEventHandler;
import nl.opleidingsklimaat.quality.access.SubjectRef;
import nl.opleidingsklimaat.quality.assessment.EventEvidence;
import nl.opleidingsklimaat.quality.assessment.EvidenceFromEvent;
import nl.opleidingsklimaat.quality.assessment.EvidenceKind;
import nl.opleidingsklimaat.quality.assessment.EvidenceSettings;
import nl.opleidingsklimaat.quality.plan.PlanService;
import nl.opleidingsklimaat.quality.plan.ReportDraft;
import nl.opleidingsklimaat.quality.registry.ProgrammeClaim;
import nl.opleidingsklimaat.quality.registry.ProgrammeLocator;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A released report becomes evidence in the programme's assessment of the year (opleider en opleidingsgroep x
 * opleidingsklimaat); an Opleidingsmonitor report also opens a draft improvement plan seeded with its attention points,
 * once per programme and campaign. A burst of reports (a national close) is applied set-based: a query per kind of
 * row for the whole burst, and batched inserts.
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
        handleAll(List.of(event));
    }

    /** Refuses the whole burst when one report cannot be genuine; the loop then applies them one by one and dead-letters that one. */
    @Override
    public void handleAll(List<CloudEvent<ReportReleased>> events) {
        Map<String, SubjectRef> registered = programmes.programmes(
                events.stream().map(event -> claimOf(event.data())).toList());
        ReportOutcome.recordAll(events.stream()
                .map(event ->
                        outcomeOf(event.data(), registered.get(event.data().programmeCode())))
                .toList());
        evidence.recordAll(events.stream()
                .map(event -> evidenceOf(event, registered.get(event.data().programmeCode())))
                .toList());
        plans.openDraftsFromReports(events.stream()
                .filter(event -> seedsPlan(event.data()))
                .map(event -> draftOf(event, registered.get(event.data().programmeCode())))
                .toList());
    }

    private static ProgrammeClaim claimOf(ReportReleased report) {
        return new ProgrammeClaim(report.programmeCode(), report.institutionCode(), report.regionCode());
    }

    private static ReportOutcome.Received outcomeOf(ReportReleased report, SubjectRef programme) {
        return new ReportOutcome.Received(
                keyOf(report),
                ReportOutcome.Status.RELEASED,
                report.instrumentCode(),
                programme,
                report.invited(),
                report.respondents(),
                report.responseRate(),
                null,
                report.domainScores(),
                report.audiences());
    }

    private static ReportOutcomeKey keyOf(ReportReleased report) {
        return new ReportOutcomeKey(report.programmeCode(), report.campaignId());
    }

    private EvidenceFromEvent evidenceOf(CloudEvent<ReportReleased> event, SubjectRef programme) {
        ReportReleased report = event.data();
        // no figures in the title: whoever reads the assessment reads the title, and survey-service decides who reads
        // figures
        String title = "Rapportage " + report.instrumentCode() + " " + yearOf(event);
        return new EvidenceFromEvent(
                event,
                programme,
                settings.reportActor(),
                settings.reportDomain(),
                title,
                EvidenceKind.SURVEY_REPORT,
                "campaign/" + report.campaignId(),
                null,
                null);
    }

    private boolean seedsPlan(ReportReleased report) {
        return planSeedingInstruments.stream().anyMatch(code -> code.equalsIgnoreCase(report.instrumentCode()));
    }

    private static ReportDraft draftOf(CloudEvent<ReportReleased> event, SubjectRef programme) {
        ReportReleased report = event.data();
        int year = yearOf(event);
        return new ReportDraft(
                programme,
                report.campaignId(),
                String.valueOf(year),
                "Verbeterplan na rapportage " + report.instrumentCode() + " " + year,
                report.attentionPoints());
    }

    private static int yearOf(CloudEvent<?> event) {
        return (event.time() == null ? OffsetDateTime.now() : event.time()).getYear();
    }
}

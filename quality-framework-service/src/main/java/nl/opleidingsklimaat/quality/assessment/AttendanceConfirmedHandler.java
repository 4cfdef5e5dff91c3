package nl.opleidingsklimaat.quality.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.opleidingsklimaat.contracts.CloudEvent;
import nl.opleidingsklimaat.contracts.EventType;
import nl.opleidingsklimaat.contracts.trainingevents.AttendanceConfirmed;
import nl.opleidingsklimaat.contracts.trainingevents.TrainingEventEvents;
import nl.opleidingsklimaat.platform.consumer.ImplausibleEventException;
import nl.opleidingsklimaat.platform.consumer.IntegrationEventHandler;
import nl.opleidingsklimaat.quality.access.SubjectRef;
import nl.opleidingsklimaat.quality.registry.ProgrammeClaim;
import nl.opleidingsklimaat.quality.registry.ProgrammeLocator;

/**
 * A confirmed attendance is professionalisation evidence with its accreditation points: for the participant's
 * programme (opleider en opleidingsgroep), or for the institution's COC when the participant has no programme. The
 * participant reference is not stored; the role is, for the supervisors' points on the dashboards. The programme (or
 * institution) must be registered, the programme in the institution the event names.
 */
@ApplicationScoped
public class AttendanceConfirmedHandler implements IntegrationEventHandler<AttendanceConfirmed> {

    @Inject
    ProgrammeLocator locator;

    @Inject
    EventEvidence evidence;

    @Inject
    EvidenceSettings settings;

    @Override
    public EventType<AttendanceConfirmed> eventType() {
        return TrainingEventEvents.ATTENDANCE_CONFIRMED;
    }

    @Override
    public void handle(CloudEvent<AttendanceConfirmed> event) {
        AttendanceConfirmed attendance = event.data();
        if (attendance.points() != null && attendance.points().signum() < 0) {
            throw new ImplausibleEventException("an attendance never has negative points");
        }
        boolean forProgramme = attendance.programmeCode() != null
                && !attendance.programmeCode().isBlank();
        SubjectRef subject = forProgramme
                ? locator.programme(new ProgrammeClaim(attendance.programmeCode(), attendance.institutionCode(), null))
                : locator.institution(attendance.institutionCode());
        String title =
                "Deelname " + attendance.title() + (attendance.date() == null ? "" : " (" + attendance.date() + ")");
        evidence.record(
                event,
                subject,
                forProgramme
                        ? settings.programmeProfessionalisationActor()
                        : settings.institutionProfessionalisationActor(),
                settings.professionalisationDomain(),
                title,
                EvidenceKind.ATTENDANCE,
                "training-event/" + attendance.eventId(),
                attendance.role(),
                attendance.points());
    }
}

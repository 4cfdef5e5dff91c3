package nl.opleidingsklimaat.events.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.UUID;
import nl.opleidingsklimaat.events.registration.ParticipantAccess;
import nl.opleidingsklimaat.events.registration.Registration;
import nl.opleidingsklimaat.events.registration.RegistrationStatus;
import nl.opleidingsklimaat.events.trainingevent.TrainingEvent;
import nl.opleidingsklimaat.platform.audit.AuditLog;
import nl.opleidingsklimaat.platform.problem.ProblemException;

/** Certificates for checked-in attendees of a held event; the attendee, the organisers and a machine holding the participant in scope may fetch one. */
@ApplicationScoped
@Transactional
public class CertificateService {
    @Inject
    ParticipantAccess participants;

    @Inject
    AuditLog audit;

    public Certificate certificate(UUID registrationId) {
        Registration registration = Registration.findById(registrationId);
        if (registration == null) {
            throw ProblemException.notFound("Registration %s not found", registrationId);
        }
        TrainingEvent event = TrainingEvent.findById(registration.eventId);
        boolean owner = participants.isOwner(registration);
        if (!participants.mayRead(registration, event)) {
            throw ProblemException.notFound("Registration %s not found", registrationId);
        }
        AttendanceService.requireHeld(event);
        if (registration.status != RegistrationStatus.REGISTERED || registration.checkedInAt == null) {
            throw ProblemException.conflict(
                    "Registration %s has no attendance on record; certificates are for checked-in attendees",
                    registrationId);
        }
        if (!owner) {
            audit.record("read-certificate", "registration", registrationId.toString());
        }
        BigDecimal hours = registration.points;
        return new Certificate(
                registration.name,
                event.title,
                event.kind.code(),
                event.date,
                event.startTime,
                event.endTime,
                hours.toPlainString(),
                registration.points,
                event.competences.stream()
                        .map(c -> c.competence() + " " + c.percent() + "%")
                        .toList(),
                event.competenceProfileItems);
    }
}

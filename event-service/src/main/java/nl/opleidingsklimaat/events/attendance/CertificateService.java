package nl.opleidingsklimaat.events.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.opleidingsklimaat.events.registration.ParticipantAccess;
import nl.opleidingsklimaat.events.registration.PersonalLinks;
import nl.opleidingsklimaat.events.registration.Registration;
import nl.opleidingsklimaat.events.trainingevent.DutchText;
import nl.opleidingsklimaat.events.trainingevent.EventDay;
import nl.opleidingsklimaat.events.trainingevent.TrainingEvent;
import nl.opleidingsklimaat.events.trainingevent.TrainingEventStatus;
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

    @Inject
    PersonalLinks links;

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
        Certificate certificate = of(registration, event);
        if (!owner) {
            audit.record("read-certificate", "registration", registrationId.toString());
        }
        return certificate;
    }

    /** The participant's own certificate, reached through their personal link. */
    public Certificate certificateByLink(String token) {
        Registration registration =
                links.registration(token).orElseThrow(() -> ProblemException.notFound("Unknown or replaced link"));
        return of(registration, TrainingEvent.findById(registration.eventId));
    }

    /** Whether the registration has a certificate: a checked-in attendee of a held event. */
    public static boolean available(Registration registration, TrainingEvent event) {
        return event.status == TrainingEventStatus.HELD && registration.isAttendee();
    }

    /** The certificate of a checked-in attendee of a held event (409 otherwise), for whoever may have it. */
    public static Certificate of(Registration registration, TrainingEvent event) {
        AttendanceService.requireHeld(event);
        if (!available(registration, event)) {
            throw ProblemException.conflict(
                    "Registration %s has no attendance on record; certificates are for checked-in attendees",
                    registration.id);
        }
        return new Certificate(
                registration.name,
                event.title,
                event.kind,
                event.date,
                event.startTime,
                event.endTime,
                registration.points,
                registration.points,
                event.competences.stream()
                        .map(c -> c.competence() + " " + c.percent() + "%")
                        .toList(),
                event.competenceProfileItems,
                event.isMultiDay() ? attendedDays(registration, event) : List.of());
    }

    private static List<String> attendedDays(Registration registration, TrainingEvent event) {
        List<EventDay> days = event.days();
        List<String> attended = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            EventDay day = days.get(i);
            if (registration.attendanceOn(event, i).isPresent()) {
                attended.add("Dag %d: %s, %s"
                        .formatted(i + 1, DutchText.date(day.date()), DutchText.times(day.startTime(), day.endTime())));
            }
        }
        return attended;
    }
}

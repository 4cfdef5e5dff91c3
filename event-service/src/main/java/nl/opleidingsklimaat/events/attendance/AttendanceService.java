package nl.opleidingsklimaat.events.attendance;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import nl.opleidingsklimaat.contracts.Subjects;
import nl.opleidingsklimaat.contracts.trainingevents.AttendanceConfirmed;
import nl.opleidingsklimaat.contracts.trainingevents.TrainingEventEvents;
import nl.opleidingsklimaat.events.EventsConfig;
import nl.opleidingsklimaat.events.mail.EventMail;
import nl.opleidingsklimaat.events.mail.MailOutbox;
import nl.opleidingsklimaat.events.registration.ParticipantAccess;
import nl.opleidingsklimaat.events.registration.ParticipantScope;
import nl.opleidingsklimaat.events.registration.Registration;
import nl.opleidingsklimaat.events.registration.RegistrationStatus;
import nl.opleidingsklimaat.events.registration.RegistrationView;
import nl.opleidingsklimaat.events.trainingevent.Accreditation;
import nl.opleidingsklimaat.events.trainingevent.AttendanceMode;
import nl.opleidingsklimaat.events.trainingevent.OrganiserAccess;
import nl.opleidingsklimaat.events.trainingevent.TrainingEvent;
import nl.opleidingsklimaat.events.trainingevent.TrainingEventChanged;
import nl.opleidingsklimaat.events.trainingevent.TrainingEventService;
import nl.opleidingsklimaat.events.trainingevent.TrainingEventStatus;
import nl.opleidingsklimaat.platform.audit.AuditLog;
import nl.opleidingsklimaat.platform.conditional.Preconditions;
import nl.opleidingsklimaat.platform.outbox.Outbox;
import nl.opleidingsklimaat.platform.problem.ProblemException;

/**
 * Check-in and check-out on the day, and closing the event: each checked-in attendee earns the points of the
 * teaching time between their check-in and check-out, and {@code AttendanceConfirmed} is announced for them.
 */
@ApplicationScoped
@Transactional
public class AttendanceService {
    @Inject
    Preconditions preconditions;

    @Inject
    OrganiserAccess access;

    @Inject
    ParticipantAccess participants;

    @Inject
    EventsConfig config;

    @Inject
    Outbox outbox;

    @Inject
    MailOutbox mails;

    @Inject
    AuditLog audit;

    @Inject
    Event<TrainingEventChanged> changes;

    /**
     * The organiser records an arrival (at the given clock time, else now) and where: as given, else as registered. A
     * participant of a hybrid event may follow online after registering on site (or come to the room): the places
     * were for planning, and on the day the organiser records what happened.
     */
    public Registration checkIn(UUID registrationId, LocalTime at, AttendanceMode where) {
        Registration registration = onTheDay(registrationId);
        TrainingEvent event = TrainingEvent.findById(registration.eventId);
        if (where != null && !event.mode.offers(where)) {
            throw ProblemException.unprocessable("Training event %s has no %s attendance", event.id, where.code());
        }
        preconditions.honourIfMatch(registration, () -> RegistrationView.of(registration));
        if (registration.checkedInAt != null) {
            throw ProblemException.conflict(
                    "Registration %s is already checked in at %s", registrationId, registration.checkedInAt);
        }
        registration.checkedInAt = at == null ? now() : at;
        registration.attendedAs = where == null ? registration.attendance : where;
        return registration;
    }

    /** The organiser records a departure; it must follow the check-in. */
    public Registration checkOut(UUID registrationId, LocalTime at) {
        Registration registration = onTheDay(registrationId);
        preconditions.honourIfMatch(registration, () -> RegistrationView.of(registration));
        if (registration.checkedInAt == null) {
            throw ProblemException.conflict("Registration %s has not checked in", registrationId);
        }
        LocalTime time = at == null ? now() : at;
        if (!time.isAfter(registration.checkedInAt)) {
            throw ProblemException.invalidField("time", "must be after the check-in at " + registration.checkedInAt);
        }
        registration.checkedOutAt = time;
        return registration;
    }

    /** Marks the event held and confirms the attendance of everyone who checked in. */
    public TrainingEvent complete(UUID eventId) {
        TrainingEvent event = access.managed(TrainingEventService.lock(eventId));
        event.complete(LocalDate.now(config.timeZone()));
        changes.fire(new TrainingEventChanged(eventId));
        var schedule = event.schedule();
        BigDecimal eventPoints = event.points();
        for (Registration attendee : attendees(eventId)) {
            LocalTime until = attendee.checkedOutAt == null ? event.endTime : attendee.checkedOutAt;
            BigDecimal points =
                    Accreditation.points(Accreditation.attendedTeachingMinutes(schedule, attendee.checkedInAt, until));
            attendee.points = points.min(eventPoints);
            mails.queue(EventMail.CERTIFICATE, attendee); // with the PDF, after the commit
            String subject = attendee.programmeCode != null
                    ? Subjects.programme(attendee.programmeCode)
                    : Subjects.institution(attendee.institutionCode);
            outbox.record(
                    TrainingEventEvents.ATTENDANCE_CONFIRMED,
                    subject,
                    new AttendanceConfirmed(
                            event.id,
                            event.kind.code(),
                            event.title,
                            event.date,
                            attendee.personReference,
                            attendee.role.code(),
                            attendee.programmeCode,
                            attendee.institutionCode,
                            attendee.points,
                            TrainingEventService.weights(event)));
        }
        return event;
    }

    /**
     * The attendance list for the accreditation body: checked-in attendees of a held event (organisers; audited). A
     * machine token gets only its own participants.
     */
    public List<AttendanceListRow> attendanceList(UUID eventId) {
        TrainingEvent event = access.managed(eventId);
        requireHeld(event);
        audit.record("read-attendance-list", "training-event", eventId.toString());
        ParticipantScope listable = participants.listable(event);
        return attendees(eventId).stream()
                .filter(listable::holds)
                .map(AttendanceListRow::of)
                .toList();
    }

    static void requireHeld(TrainingEvent event) {
        if (event.status != TrainingEventStatus.HELD) {
            throw ProblemException.conflict(
                    "Training event %s has not been held yet; attendance is confirmed when its organiser closes it",
                    event.id);
        }
    }

    static List<Registration> attendees(UUID eventId) {
        return Registration.list(
                "eventId = ?1 and status = ?2 and checkedInAt is not null",
                Sort.by("name").and("id"),
                eventId,
                RegistrationStatus.REGISTERED);
    }

    private Registration onTheDay(UUID registrationId) {
        Registration found = Registration.findById(registrationId);
        if (found == null) {
            throw ProblemException.notFound("Registration %s not found", registrationId);
        }
        TrainingEvent event = TrainingEvent.findById(found.eventId);
        if (!participants.mayOrganiseFor(found, event)) {
            if (participants.isOwner(found)) {
                throw ProblemException.forbidden("Attendance is recorded by the event's organisers");
            }
            throw ProblemException.notFound("Registration %s not found", registrationId);
        }
        TrainingEventService.lock(event.id);
        if (event.status != TrainingEventStatus.PUBLISHED) {
            throw ProblemException.conflict(
                    "Training event %s is %s; attendance is recorded while it is published",
                    event.id, event.status.name().toLowerCase());
        }
        if (!event.date.equals(LocalDate.now(config.timeZone()))) {
            throw ProblemException.unprocessable("Attendance is recorded on the day of the event (%s)", event.date);
        }
        if (found.status != RegistrationStatus.REGISTERED) {
            throw ProblemException.conflict(
                    "Registration %s is %s; only registered participants check in",
                    registrationId, found.status.code());
        }
        return found;
    }

    private LocalTime now() {
        return LocalTime.now(config.timeZone()).truncatedTo(ChronoUnit.MINUTES);
    }
}

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
import java.util.Optional;
import java.util.UUID;
import nl.opleidingsklimaat.contracts.Subjects;
import nl.opleidingsklimaat.contracts.trainingevents.AttendanceConfirmed;
import nl.opleidingsklimaat.contracts.trainingevents.TrainingEventEvents;
import nl.opleidingsklimaat.events.EventsConfig;
import nl.opleidingsklimaat.events.mail.EventMail;
import nl.opleidingsklimaat.events.mail.MailOutbox;
import nl.opleidingsklimaat.events.registration.DayAttendance;
import nl.opleidingsklimaat.events.registration.ParticipantAccess;
import nl.opleidingsklimaat.events.registration.ParticipantScope;
import nl.opleidingsklimaat.events.registration.Registration;
import nl.opleidingsklimaat.events.registration.RegistrationStatus;
import nl.opleidingsklimaat.events.registration.RegistrationView;
import nl.opleidingsklimaat.events.trainingevent.Accreditation;
import nl.opleidingsklimaat.events.trainingevent.AttendanceMode;
import nl.opleidingsklimaat.events.trainingevent.EventDay;
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
        int day = today(event);
        Optional<DayAttendance> already = registration.attendanceOn(event, day);
        if (already.isPresent()) {
            throw ProblemException.conflict(
                    "Registration %s is already checked in at %s%s",
                    registrationId, already.get().checkedInAt(), onDay(event, day));
        }
        registration.recordDay(
                event,
                day,
                new DayAttendance(
                        event.days().get(day).date(),
                        at == null ? now() : at,
                        null,
                        where == null ? registration.attendance : where));
        return registration;
    }

    /** The organiser records a departure; it must follow the check-in. */
    public Registration checkOut(UUID registrationId, LocalTime at) {
        Registration registration = onTheDay(registrationId);
        preconditions.honourIfMatch(registration, () -> RegistrationView.of(registration));
        TrainingEvent event = TrainingEvent.findById(registration.eventId);
        int day = today(event);
        DayAttendance checkedIn = registration
                .attendanceOn(event, day)
                .orElseThrow(() -> ProblemException.conflict(
                        "Registration %s has not checked in%s", registrationId, onDay(event, day)));
        LocalTime time = at == null ? now() : at;
        if (!time.isAfter(checkedIn.checkedInAt())) {
            throw ProblemException.invalidField("time", "must be after the check-in at " + checkedIn.checkedInAt());
        }
        registration.recordDay(event, day, checkedIn.checkedOut(time));
        return registration;
    }

    /** Marks the event held and confirms the attendance of everyone who checked in. */
    public TrainingEvent complete(UUID eventId) {
        TrainingEvent event = access.managed(TrainingEventService.lock(eventId));
        event.complete(LocalDate.now(config.timeZone()));
        changes.fire(new TrainingEventChanged(eventId));
        for (Registration attendee : attendees(eventId)) {
            attendee.points = earnedPoints(event, attendee);
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
                .map(attendee -> AttendanceListRow.of(attendee, event))
                .toList();
    }

    /**
     * The register list: for the accreditation register, one line per attendee who asked for accreditation (and so
     * gave a BIG number) per day attended with the points earned that day; a day that earned no points is left out
     * (a register records points). Organisers of a held event only, audited; a machine gets its own participants.
     */
    public List<RegisterListRow> registerList(UUID eventId) {
        TrainingEvent event = access.managed(eventId);
        requireHeld(event);
        audit.record("read-register-list", "training-event", eventId.toString());
        ParticipantScope listable = participants.listable(event);
        List<RegisterListRow> rows = new java.util.ArrayList<>();
        for (Registration attendee : attendees(eventId)) {
            if (!listable.holds(attendee) || !attendee.accreditationWanted || attendee.bigNumber == null) {
                continue;
            }
            for (DayPoints day : pointsPerDay(event, attendee)) {
                if (day.points().signum() > 0) {
                    rows.add(RegisterListRow.of(event, day, attendee));
                }
            }
        }
        return rows;
    }

    /**
     * The points an attendee earns: per day, the teaching time between that day's check-in and check-out (no
     * check-out: until the day's end), rounded down to half hours and never more than the day's points; summed over
     * the days attended.
     */
    static BigDecimal earnedPoints(TrainingEvent event, Registration attendee) {
        return pointsPerDay(event, attendee).stream()
                .map(DayPoints::points)
                .reduce(BigDecimal.ZERO.setScale(1), BigDecimal::add);
    }

    /** One attended day and the points earned on it. */
    record DayPoints(LocalDate date, BigDecimal points) {}

    /**
     * The points earned per day attended: the teaching time between that day's check-in and check-out, rounded down
     * to half hours, at most the day's points; scaled to the day's share of the accredited points when the
     * accreditation body set the event's points.
     */
    static List<DayPoints> pointsPerDay(TrainingEvent event, Registration attendee) {
        List<EventDay> days = event.days();
        List<DayPoints> points = new java.util.ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            EventDay day = days.get(i);
            Optional<DayAttendance> attended = attendee.attendanceOn(event, i);
            if (attended.isPresent()) {
                LocalTime until = attended.get().checkedOutAt() == null
                        ? day.endTime()
                        : attended.get().checkedOutAt();
                BigDecimal earned = Accreditation.points(Accreditation.attendedTeachingMinutes(
                        day.schedule(), attended.get().checkedInAt(), until));
                points.add(new DayPoints(day.date(), event.granted(i, earned.min(day.points()))));
            }
        }
        return points;
    }

    static void requireHeld(TrainingEvent event) {
        if (event.status != TrainingEventStatus.HELD) {
            throw ProblemException.conflict(
                    "Training event %s has not been held yet; attendance is confirmed when its organiser closes it",
                    event.id);
        }
    }

    /** Registered participants checked in on at least one day, by name. */
    static List<Registration> attendees(UUID eventId) {
        return Registration.<Registration>list(
                        "eventId = ?1 and status = ?2",
                        Sort.by("name").and("id"),
                        eventId,
                        RegistrationStatus.REGISTERED)
                .stream()
                .filter(Registration::attended)
                .toList();
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
        today(event);
        if (found.status != RegistrationStatus.REGISTERED) {
            throw ProblemException.conflict(
                    "Registration %s is %s; only registered participants check in",
                    registrationId, found.status.code());
        }
        return found;
    }

    /** The event's day that is today (0 = the first); 422 when the event has no day today. */
    private int today(TrainingEvent event) {
        int day = event.dayIndexOn(LocalDate.now(config.timeZone()));
        if (day < 0) {
            throw ProblemException.unprocessable(
                    "Attendance is recorded on the day of the event (%s)",
                    String.join(
                            ", ",
                            event.days().stream().map(d -> d.date().toString()).toList()));
        }
        return day;
    }

    private static String onDay(TrainingEvent event, int day) {
        return event.isMultiDay()
                ? " on day %d (%s)".formatted(day + 1, event.days().get(day).date())
                : "";
    }

    private LocalTime now() {
        return LocalTime.now(config.timeZone()).truncatedTo(ChronoUnit.MINUTES);
    }
}

package nl.opleidingsklimaat.events.registration;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.opleidingsklimaat.events.trainingevent.AttendanceMode;
import nl.opleidingsklimaat.events.trainingevent.ParticipantRole;
import nl.opleidingsklimaat.events.trainingevent.TrainingEvent;
import nl.opleidingsklimaat.events.trainingevent.TrainingEventStatus;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person's registration for a training event, on the waiting list or holding a seat, and their attendance. */
@Entity
@Table(name = "registration")
public class Registration extends PanacheEntityBase {
    @Id
    public UUID id;

    public UUID eventId;
    public String personReference;

    public String name;

    @Enumerated(EnumType.STRING)
    public ParticipantRole role;

    public String institutionCode;
    public String programmeCode;
    public String bigNumber;
    public boolean accreditationWanted;

    /** Where the participant's mails go (confirmation, offer, reminder, certificate); none without it. */
    public String email;

    @Enumerated(EnumType.STRING)
    public RegistrationStatus status;

    /** How the participant takes part: the places and the waiting line they are in. */
    @Enumerated(EnumType.STRING)
    public AttendanceMode attendance;

    /** Where the participant was checked in (on a hybrid day, not always as registered). */
    @Enumerated(EnumType.STRING)
    public AttendanceMode attendedAs;

    public OffsetDateTime waitingSince;
    public OffsetDateTime offerExpiresAt;
    public LocalTime checkedInAt;
    public LocalTime checkedOutAt;

    public BigDecimal points;
    public OffsetDateTime registeredAt;

    /**
     * Check-ins on the days after the first of an event over more than one day; the first day's are
     * {@link #checkedInAt}, {@link #checkedOutAt} and {@link #attendedAs}, as for a one-day event.
     */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<DayAttendance> laterDays = new ArrayList<>();

    /** The SHA-256 of the participant's personal link to their own pages, once one is issued ({@link PersonalLinks}). */
    public String pageTokenHash;

    /** Checked in on at least one day of the event. */
    public boolean attended() {
        return checkedInAt != null || !laterDays.isEmpty();
    }

    /** A registered participant checked in on at least one day: an attendee. */
    public boolean isAttendee() {
        return status == RegistrationStatus.REGISTERED && attended();
    }

    /** Every day with a check-in, in date order (the first day's from its own columns). */
    public List<DayAttendance> daysAttended(TrainingEvent event) {
        List<DayAttendance> days = new ArrayList<>();
        if (checkedInAt != null) {
            days.add(new DayAttendance(event.date, checkedInAt, checkedOutAt, attendedAs));
        }
        days.addAll(laterDays);
        return days;
    }

    /** The check-in on this day (0 = the first) of the event, if any. */
    public Optional<DayAttendance> attendanceOn(TrainingEvent event, int dayIndex) {
        if (dayIndex == 0) {
            return checkedInAt == null
                    ? Optional.empty()
                    : Optional.of(new DayAttendance(event.date, checkedInAt, checkedOutAt, attendedAs));
        }
        LocalDate date = event.days().get(dayIndex).date();
        return laterDays.stream().filter(d -> d.date().equals(date)).findFirst();
    }

    /** Records the check-in or check-out of one day (0 = the first) of the event. */
    public void recordDay(TrainingEvent event, int dayIndex, DayAttendance day) {
        if (dayIndex == 0) {
            checkedInAt = day.checkedInAt();
            checkedOutAt = day.checkedOutAt();
            attendedAs = day.attendedAs();
            return;
        }
        List<DayAttendance> days = new ArrayList<>(laterDays);
        days.removeIf(d -> d.date().equals(day.date()));
        days.add(day);
        days.sort(Comparator.comparing(DayAttendance::date));
        laterDays = days;
    }

    /** The owner or an organiser cancels an active registration, unless its event has been held. */
    public void cancel(TrainingEvent event) {
        if (!RegistrationStatus.ACTIVE.contains(status)) {
            throw ProblemException.conflict("Registration %s is already %s", id, status.code());
        }
        if (event.status == TrainingEventStatus.HELD) {
            throw ProblemException.conflict(
                    "Training event %s has been held; its registrations can no longer be cancelled", event.id);
        }
        status = RegistrationStatus.CANCELLED;
        offerExpiresAt = null;
    }

    /** A waiter is offered a freed seat, to be confirmed before {@code expires}. */
    public void offer(OffsetDateTime expires) {
        status = RegistrationStatus.OFFERED;
        offerExpiresAt = expires;
    }

    /** An offer not confirmed in time lapses; the seat goes to the next in line. */
    public void expire() {
        status = RegistrationStatus.EXPIRED;
    }

    /** An offered seat is taken by confirming it before the offer lapses (410 after, 409 when nothing is offered). */
    public void confirm(OffsetDateTime now) {
        if (status != RegistrationStatus.OFFERED) {
            if (status == RegistrationStatus.EXPIRED) {
                throw ProblemException.gone(
                        "The offer for registration %s lapsed; the seat went to the next on the waiting list", id);
            }
            throw ProblemException.conflict(
                    "Registration %s is %s; only an offered seat can be confirmed", id, status.code());
        }
        if (offerExpiresAt.isBefore(now)) {
            throw ProblemException.gone("The offer for registration %s lapsed at %s", id, offerExpiresAt);
        }
        status = RegistrationStatus.REGISTERED;
        offerExpiresAt = null;
    }

    public static long seatsTaken(UUID eventId) {
        return count("eventId = ?1 and status in ?2", eventId, RegistrationStatus.HOLDING_A_SEAT);
    }

    public static long waiting(UUID eventId) {
        return count("eventId = ?1 and status = ?2", eventId, RegistrationStatus.WAITLISTED);
    }

    public static long seatsTaken(UUID eventId, AttendanceMode attendance) {
        return count(
                "eventId = ?1 and attendance = ?2 and status in ?3",
                eventId,
                attendance,
                RegistrationStatus.HOLDING_A_SEAT);
    }

    public static long waiting(UUID eventId, AttendanceMode attendance) {
        return count(
                "eventId = ?1 and attendance = ?2 and status = ?3", eventId, attendance, RegistrationStatus.WAITLISTED);
    }

    /** Registered, offered or waiting this way. */
    public static long active(UUID eventId, AttendanceMode attendance) {
        return count(
                "eventId = ?1 and attendance = ?2 and status in ?3", eventId, attendance, RegistrationStatus.ACTIVE);
    }
}

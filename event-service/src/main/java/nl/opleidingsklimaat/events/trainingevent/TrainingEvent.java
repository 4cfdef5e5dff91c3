package nl.opleidingsklimaat.events.trainingevent;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A professionalisation event with its programme (the aggregate root of this service), and the rules of its life
 * cycle: draft, then published, then held (or cancelled before it is held).
 */
@Entity
@Table(name = "training_event")
public class TrainingEvent extends PanacheEntityBase {
    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public TrainingEventKind kind;

    @Enumerated(EnumType.STRING)
    public TrainingEventStatus status;

    public String title;
    public String theme;
    public String goals;
    public String intendedResults;
    public String organiserInstitutionCode;
    public String organiserRegionCode;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<ParticipantRole> targetRoles = new ArrayList<>();

    @Column(name = "event_date")
    public LocalDate date;

    public LocalTime startTime;
    public LocalTime endTime;

    @Enumerated(EnumType.STRING)
    public EventMode mode;

    public String location;
    public String onlineLink;

    /** All places; of a hybrid event, {@link #onlineCapacity} of them are online and the rest on site. */
    public int capacity;

    public Integer onlineCapacity;
    public OffsetDateTime registrationDeadline;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> speakers = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> studyMaterial = new ArrayList<>();

    public BigDecimal costEuros;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<CompetenceShare> competences = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> competenceProfileItems = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<ProgrammeItem> programme = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> takeHomeMessages = new ArrayList<>();

    /**
     * The days after the first of an event over more than one day (empty for a one-day event): the first day is
     * {@link #date}, {@link #startTime}, {@link #endTime} and {@link #programme}, so every rule about "the event's
     * day" (registration deadline, "passed") reads the first day.
     */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<EventDay> furtherDays = new ArrayList<>();

    /** The points the accreditation body accredited the event for, when it set them; else the computed points stand. */
    public BigDecimal accreditedPoints;

    public String accreditationReason;
    public String accreditedBy;
    public OffsetDateTime accreditedAt;

    public String createdBy;

    public List<ScheduledItem> schedule() {
        return programme.isEmpty() ? List.of() : ProgrammeSchedule.plan(startTime, endTime, programme);
    }

    /** All its days in order, the first included; a one-day event has one. */
    public List<EventDay> days() {
        List<EventDay> days = new ArrayList<>();
        days.add(new EventDay(date, startTime, endTime, programme));
        days.addAll(furtherDays);
        return days;
    }

    public boolean isMultiDay() {
        return !furtherDays.isEmpty();
    }

    public LocalDate lastDate() {
        return furtherDays.isEmpty()
                ? date
                : furtherDays.get(furtherDays.size() - 1).date();
    }

    /** The position (0 = the first day) of the event's day on this date, or -1 when it has none that day. */
    public int dayIndexOn(LocalDate day) {
        List<EventDay> days = days();
        for (int i = 0; i < days.size(); i++) {
            if (days.get(i).date().equals(day)) {
                return i;
            }
        }
        return -1;
    }

    /** Net teaching time of all days together. */
    public int netTeachingMinutes() {
        return days().stream().mapToInt(EventDay::netTeachingMinutes).sum();
    }

    /** The points the event grants: those the accreditation body accredited it for, else the computed points. */
    public BigDecimal points() {
        return accreditedPoints != null ? accreditedPoints : computedPoints();
    }

    /**
     * The points each day grants (in day order): its computed points, or, once the accreditation body set the event's
     * points, those points shared over the days in proportion to their computed points (rounded down to half points,
     * the rest to the day with the most), so the days always add up to the event's points.
     */
    public List<BigDecimal> dayPoints() {
        List<BigDecimal> computed = days().stream().map(EventDay::points).toList();
        if (accreditedPoints == null) {
            return computed;
        }
        BigDecimal total = computedPoints();
        List<BigDecimal> shares = new ArrayList<>();
        int largest = 0;
        for (int i = 0; i < computed.size(); i++) {
            BigDecimal weight = total.signum() == 0 ? BigDecimal.ONE : computed.get(i);
            BigDecimal of = total.signum() == 0 ? BigDecimal.valueOf(computed.size()) : total;
            shares.add(Accreditation.scaled(weight, of, accreditedPoints));
            if (computed.get(i).compareTo(computed.get(largest)) > 0) {
                largest = i;
            }
        }
        BigDecimal rest = accreditedPoints.subtract(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        shares.set(largest, shares.get(largest).add(rest).setScale(1, java.math.RoundingMode.UNNECESSARY));
        return shares;
    }

    /**
     * What an attendee earns on one day (0 = the first) from the points computed for their attendance that day:
     * scaled to the day's share of the accredited points when the body set other points.
     */
    public BigDecimal granted(int day, BigDecimal computedForAttendee) {
        BigDecimal computed = days().get(day).points();
        BigDecimal granted = dayPoints().get(day);
        return granted.compareTo(computed) == 0
                ? computedForAttendee
                : Accreditation.scaled(computedForAttendee, computed, granted);
    }

    /**
     * The accreditation body sets the points the event is accredited for, with its reason, while the event is
     * published (before it is closed as held: then the attendees' points are confirmed and announced).
     */
    public void accredit(BigDecimal points, String reason, String by, OffsetDateTime at) {
        if (status != TrainingEventStatus.PUBLISHED) {
            throw ProblemException.conflict(
                    "Training event %s is %s; its accredited points are set while it is published, before it is held",
                    id, status.name().toLowerCase());
        }
        accreditedPoints = points.setScale(1, java.math.RoundingMode.UNNECESSARY);
        accreditationReason = reason.trim();
        accreditedBy = by;
        accreditedAt = at;
    }

    /** The computed points: each day's net teaching time rounded down to half hours, summed over the days. */
    public BigDecimal computedPoints() {
        return days().stream().map(EventDay::points).reduce(BigDecimal.ZERO.setScale(1), BigDecimal::add);
    }

    public List<ScheduledItem> teachingItems() {
        return schedule().stream()
                .filter(s -> s.item().format().isTeachingTime())
                .toList();
    }

    /** Its description and programme change only while it is a draft or published (409 once cancelled or held). */
    public void requireChangeable() {
        if (status != TrainingEventStatus.DRAFT && status != TrainingEventStatus.PUBLISHED) {
            throw ProblemException.conflict(
                    "Training event %s is %s and can no longer be changed",
                    id, status.name().toLowerCase());
        }
    }

    /** The organiser is fixed at creation: the same institution, or (for a region's event) the same region. */
    public void requireSameOrganiser(String institutionCode, String regionCode) {
        boolean same = Objects.equals(institutionCode, organiserInstitutionCode)
                && (institutionCode != null || Objects.equals(regionCode, organiserRegionCode));
        if (!same) {
            throw ProblemException.invalidField(
                    "organiserInstitutionCode", "the organiser of an event cannot be changed");
        }
    }

    /** The places for participants who take part this way (0 when the event does not offer it). */
    public int places(AttendanceMode attendance) {
        if (!mode.offers(attendance)) {
            return 0;
        }
        if (mode != EventMode.HYBRID) {
            return capacity;
        }
        int online = onlineCapacity == null ? 0 : onlineCapacity;
        return attendance == AttendanceMode.ONLINE ? online : capacity - online;
    }

    /** The capacity of each way of taking part never drops below the seats already taken that way. */
    public static void requireRoomFor(AttendanceMode attendance, int places, long seatsTaken) {
        if (places < seatsTaken) {
            throw ProblemException.conflict(
                    "Capacity %d %s is below the %d seats already taken %s",
                    places, attendance.code(), seatsTaken, attendance.code());
        }
    }

    /** A changeable event takes a new programme only when the items fill its session exactly. */
    public void replaceProgramme(List<ProgrammeItem> items) {
        replaceProgramme(1, items);
    }

    /** The same for one day (1 = the first) of an event over more than one day; 422 for a day it does not have. */
    public void replaceProgramme(int day, List<ProgrammeItem> items) {
        requireChangeable();
        if (day < 1 || day > 1 + furtherDays.size()) {
            throw ProblemException.unprocessable(
                    "Training event %s has no day %d; it runs over %d", id, day, 1 + furtherDays.size());
        }
        if (day == 1) {
            ProgrammeSchedule.plan(startTime, endTime, items);
            programme = new ArrayList<>(items);
            return;
        }
        EventDay old = furtherDays.get(day - 2);
        ProgrammeSchedule.plan(old.startTime(), old.endTime(), items);
        List<EventDay> days = new ArrayList<>(furtherDays);
        days.set(day - 2, new EventDay(old.date(), old.startTime(), old.endTime(), List.copyOf(items)));
        furtherDays = days;
    }

    /** A draft with a programme, on a day that has not passed, is published (opens for registration). */
    public void publish(LocalDate today) {
        if (status != TrainingEventStatus.DRAFT) {
            throw ProblemException.conflict(
                    "Training event %s is %s; only a draft can be published",
                    id, status.name().toLowerCase());
        }
        if (programme.isEmpty()) {
            throw ProblemException.unprocessable(
                    "Training event %s has no programme yet; set one that fills the session before publishing", id);
        }
        for (int i = 0; i < furtherDays.size(); i++) {
            if (furtherDays.get(i).programmeOrEmpty().isEmpty()) {
                throw ProblemException.unprocessable(
                        "Day %d (%s) of training event %s has no programme yet; every day needs one before publishing",
                        i + 2, furtherDays.get(i).date(), id);
            }
        }
        if (date.isBefore(today)) {
            throw ProblemException.unprocessable("Training event %s is on %s, which has passed", id, date);
        }
        status = TrainingEventStatus.PUBLISHED;
    }

    /** A draft or published event can be cancelled; a held or cancelled one cannot. */
    public void cancel() {
        if (status == TrainingEventStatus.HELD || status == TrainingEventStatus.CANCELLED) {
            throw ProblemException.conflict(
                    "Training event %s is already %s", id, status.name().toLowerCase());
        }
        status = TrainingEventStatus.CANCELLED;
    }

    /** Take-home messages are recorded for published or held events. */
    public void addTakeHomeMessage(String message) {
        if (status == TrainingEventStatus.DRAFT || status == TrainingEventStatus.CANCELLED) {
            throw ProblemException.conflict(
                    "Take-home messages are recorded for published or held events; %s is %s",
                    id, status.name().toLowerCase());
        }
        List<String> messages = new ArrayList<>(takeHomeMessages);
        messages.add(message);
        takeHomeMessages = messages;
    }

    /** A published event is closed as held on or after its (last) day. */
    public void complete(LocalDate today) {
        if (status != TrainingEventStatus.PUBLISHED) {
            throw ProblemException.conflict(
                    "Training event %s is %s; only a published event can be held",
                    id, status.name().toLowerCase());
        }
        if (lastDate().isAfter(today)) {
            throw ProblemException.unprocessable(
                    "Training event %s takes place on %s; it can be closed on or after that day", id, lastDate());
        }
        status = TrainingEventStatus.HELD;
    }
}

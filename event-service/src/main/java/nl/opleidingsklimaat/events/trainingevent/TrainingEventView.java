package nl.opleidingsklimaat.events.trainingevent;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A training event with its programme laid out on the clock and its accreditation. */
@Schema(name = "TrainingEvent")
public record TrainingEventView(
        UUID id,
        TrainingEventKind kind,
        TrainingEventStatus status,
        String title,
        String theme,
        String goals,
        String intendedResults,
        String organiserInstitutionCode,
        String organiserRegionCode,
        List<ParticipantRole> targetRoles,
        @Schema(description = "The (first) day") LocalDate date,

        @JsonFormat(pattern = "HH:mm") @Schema(type = SchemaType.STRING, example = "13:00")
        LocalTime startTime,

        @JsonFormat(pattern = "HH:mm") @Schema(type = SchemaType.STRING, example = "17:00")
        LocalTime endTime,

        int sessionMinutes,
        EventMode mode,
        String location,
        String onlineLink,

        @Schema(description = "All places; of a hybrid event, on site and online together")
        int capacity,

        @Schema(description = "Of a hybrid event: how many of the places are online", nullable = true, example = "125")
        Integer onlineCapacity,

        @Schema(description = "Places, seats taken and waiting list per way of taking part the event offers")
        List<PlacesView> places,

        @Schema(
                description =
                        "Seats held (registered or offered); for others than the organisers absent when 1 to 3, a figure from fewer "
                                + "than 4 people",
                nullable = true,
                example = "42")
        Long seatsTaken,

        @Schema(
                description = "On the waiting list; for others than the organisers absent when 1 to 3",
                nullable = true,
                example = "0")
        Long waiting,

        OffsetDateTime registrationDeadline,
        List<String> speakers,
        List<String> studyMaterial,
        BigDecimal costEuros,
        List<CompetenceShare> competences,
        List<String> competenceProfileItems,

        @Schema(description = "The (first) day's programme; an event over more than one day has every day's in days")
        List<ScheduledItemView> programme,

        @Schema(description = "Of all days together") int netTeachingMinutes,

        @Schema(
                description =
                        "The points the event grants: those the accreditation body accredited it for (accreditation), else "
                                + "the computed points")
        BigDecimal points,

        List<String> takeHomeMessages,

        @Schema(description = "The last day: the date itself for a one-day event", example = "2027-05-16")
        LocalDate endDate,

        @Schema(description = "Every day with its session, programme and points; one for a one-day event")
        List<DayView> days,

        @Schema(
                description =
                        "Computed from the programme: each day's net teaching time rounded down to half hours, summed over the days")
        BigDecimal computedPoints,

        @Schema(
                description =
                        "Set by the accreditation body when it accredits the event for other points, with its reason",
                nullable = true)
        AccreditationView accreditation) {

    /** One day of the event with its own programme on the clock and its own points. */
    @Schema(name = "EventDayView")
    public record DayView(
            @Schema(example = "1") int day,
            LocalDate date,

            @JsonFormat(pattern = "HH:mm") @Schema(type = SchemaType.STRING, example = "09:30")
            LocalTime startTime,

            @JsonFormat(pattern = "HH:mm") @Schema(type = SchemaType.STRING, example = "17:00")
            LocalTime endTime,

            int sessionMinutes,
            List<ScheduledItemView> programme,
            int netTeachingMinutes,
            BigDecimal points) {}

    /** The places for one way of taking part, with their own seats taken and waiting list. */
    @Schema(name = "Places")
    public record PlacesView(
            AttendanceMode attendance,
            int capacity,

            @Schema(
                    description = "Seats held this way; for others than the organisers absent when 1 to 3",
                    nullable = true)
            Long seatsTaken,

            @Schema(
                    description = "Waiting for a place this way; for others than the organisers absent when 1 to 3",
                    nullable = true)
            Long waiting) {}

    /** A programme item with the clock times the service computed. */
    @Schema(name = "ScheduledProgrammeItem")
    public record ScheduledItemView(
            int position,
            String title,

            @JsonFormat(pattern = "HH:mm") @Schema(type = SchemaType.STRING, example = "13:15")
            LocalTime start,

            @JsonFormat(pattern = "HH:mm") @Schema(type = SchemaType.STRING, example = "14:25")
            LocalTime end,

            int minutes,
            String theme,
            ItemFormat format,
            String intendedResult,
            List<String> speakers,
            boolean teachingTime,

            @Schema(description = "The item's timed parts with their clock times; empty when it has none")
            List<ScheduledPartView> parts) {}

    /** A timed part of a programme item with the clock times the service computed. */
    @Schema(name = "ScheduledProgrammeItemPart")
    public record ScheduledPartView(
            String title,

            @JsonFormat(pattern = "HH:mm") @Schema(type = SchemaType.STRING, example = "13:15")
            LocalTime start,

            @JsonFormat(pattern = "HH:mm") @Schema(type = SchemaType.STRING, example = "13:35")
            LocalTime end,

            int minutes) {}

    private static List<ScheduledPartView> parts(ScheduledItem s) {
        List<ScheduledPartView> parts = new ArrayList<>();
        LocalTime clock = s.start();
        for (ItemPart part : s.item().partsOrEmpty()) {
            LocalTime end = clock.plusMinutes(part.minutes());
            parts.add(new ScheduledPartView(part.title(), clock, end, part.minutes()));
            clock = end;
        }
        return parts;
    }

    private static List<ScheduledItemView> items(List<ScheduledItem> schedule) {
        return schedule.stream()
                .map(s -> new ScheduledItemView(
                        s.index() + 1,
                        s.item().title(),
                        s.start(),
                        s.end(),
                        s.item().minutes(),
                        s.item().theme(),
                        s.item().format(),
                        s.item().intendedResult(),
                        s.item().speakersOrEmpty(),
                        s.item().format().isTeachingTime(),
                        parts(s)))
                .toList();
    }

    static TrainingEventView of(TrainingEvent e, Long seatsTaken, Long waiting, List<PlacesView> places) {
        List<EventDay> eventDays = e.days();
        List<DayView> days = new ArrayList<>();
        for (int i = 0; i < eventDays.size(); i++) {
            EventDay day = eventDays.get(i);
            days.add(new DayView(
                    i + 1,
                    day.date(),
                    day.startTime(),
                    day.endTime(),
                    ProgrammeSchedule.sessionMinutes(day.startTime(), day.endTime()),
                    items(day.schedule()),
                    day.netTeachingMinutes(),
                    day.points()));
        }
        return new TrainingEventView(
                e.id,
                e.kind,
                e.status,
                e.title,
                e.theme,
                e.goals,
                e.intendedResults,
                e.organiserInstitutionCode,
                e.organiserRegionCode,
                List.copyOf(e.targetRoles),
                e.date,
                e.startTime,
                e.endTime,
                ProgrammeSchedule.sessionMinutes(e.startTime, e.endTime),
                e.mode,
                e.location,
                e.onlineLink,
                e.capacity,
                e.onlineCapacity,
                List.copyOf(places),
                seatsTaken,
                waiting,
                e.registrationDeadline,
                List.copyOf(e.speakers),
                List.copyOf(e.studyMaterial),
                e.costEuros,
                List.copyOf(e.competences),
                List.copyOf(e.competenceProfileItems),
                days.get(0).programme(),
                e.netTeachingMinutes(),
                e.points(),
                List.copyOf(e.takeHomeMessages),
                e.lastDate(),
                List.copyOf(days),
                e.computedPoints(),
                AccreditationView.of(e));
    }
}

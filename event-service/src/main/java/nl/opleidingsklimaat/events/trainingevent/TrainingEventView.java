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
        LocalDate date,

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
        List<ScheduledItemView> programme,
        int netTeachingMinutes,
        BigDecimal points,
        List<String> takeHomeMessages) {

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

    static TrainingEventView of(TrainingEvent e, Long seatsTaken, Long waiting, List<PlacesView> places) {
        List<ScheduledItem> schedule = e.schedule();
        List<ScheduledItemView> items = schedule.stream()
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
        int net = Accreditation.netTeachingMinutes(schedule);
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
                items,
                net,
                Accreditation.points(net),
                List.copyOf(e.takeHomeMessages));
    }
}

package nl.opleidingsklimaat.events.trainingevent;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One day of an event that runs over more than one day (a two-day congress): its date, its session and its own
 * programme, laid on that day's clock and accredited on its own.
 */
@Schema(name = "EventDay")
public record EventDay(
        @NotNull @Schema(example = "2027-05-15") LocalDate date,

        @NotNull @Schema(type = SchemaType.STRING, example = "09:30")
        LocalTime startTime,

        @NotNull @Schema(type = SchemaType.STRING, example = "17:00")
        LocalTime endTime,

        @Size(max = 60)
        @Schema(
                description =
                        "The day's programme in running order; without it, the programme the event already has for this date")
        List<@NotNull @Valid ProgrammeItem> programme) {

    public List<ProgrammeItem> programmeOrEmpty() {
        return programme == null ? List.of() : programme;
    }

    /** The day's items on the clock (empty without a programme); a 422 problem when they do not fill the session. */
    public List<ScheduledItem> schedule() {
        return programmeOrEmpty().isEmpty()
                ? List.of()
                : ProgrammeSchedule.plan(startTime, endTime, programmeOrEmpty());
    }

    public int netTeachingMinutes() {
        return Accreditation.netTeachingMinutes(schedule());
    }

    /** The day's own points: its net teaching time, rounded down to half hours. */
    public java.math.BigDecimal points() {
        return Accreditation.points(netTeachingMinutes());
    }
}

package nl.opleidingsklimaat.events.registration;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import nl.opleidingsklimaat.events.trainingevent.AttendanceMode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An attendee's check-in (and check-out) on one day of an event: each day is checked in on its own. */
@Schema(name = "DayAttendance")
public record DayAttendance(
        LocalDate date,

        @JsonFormat(pattern = "HH:mm") @Schema(type = SchemaType.STRING, example = "09:30")
        LocalTime checkedInAt,

        @JsonFormat(pattern = "HH:mm") @Schema(type = SchemaType.STRING, example = "17:00", nullable = true)
        LocalTime checkedOutAt,

        AttendanceMode attendedAs) {

    public DayAttendance checkedOut(LocalTime at) {
        return new DayAttendance(date, checkedInAt, at, attendedAs);
    }
}

package nl.opleidingsklimaat.events.registration;

import java.time.LocalTime;
import nl.opleidingsklimaat.events.trainingevent.AttendanceMode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** When an attendee arrived (without a time, now) and where: on site or online (without it, as registered). */
@Schema(name = "CheckIn")
public record CheckInRequest(
        @Schema(type = SchemaType.STRING, example = "13:00") LocalTime time,

        @Schema(
                description = "Where the attendee takes part today, as the event offers; without it, as registered",
                example = "on-site")
        AttendanceMode attendance) {}

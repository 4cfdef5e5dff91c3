package nl.opleidingsklimaat.events.registration;

import java.time.LocalTime;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** When an attendee arrived or left; without a time, now. */
@Schema(name = "AttendanceTime")
public record AttendanceTime(
        @Schema(type = SchemaType.STRING, example = "13:00") LocalTime time) {}

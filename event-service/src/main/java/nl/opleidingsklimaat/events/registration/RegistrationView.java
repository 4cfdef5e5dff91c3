package nl.opleidingsklimaat.events.registration;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.opleidingsklimaat.events.trainingevent.AttendanceMode;
import nl.opleidingsklimaat.events.trainingevent.ParticipantRole;
import nl.opleidingsklimaat.events.trainingevent.TrainingEvent;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A registration as its owner and the event's organisers see it. */
@Schema(name = "Registration")
public record RegistrationView(
        UUID id,
        UUID eventId,
        String personReference,
        String name,
        ParticipantRole role,
        String institutionCode,
        String programmeCode,
        String bigNumber,
        boolean accreditationWanted,

        @Schema(description = "Where the participant's mails go; null when none was given", nullable = true)
        String email,

        RegistrationStatus status,

        @Schema(
                description =
                        "How the participant takes part: on site or online (a hybrid event has places and a waiting list for each)")
        AttendanceMode attendance,

        @Schema(
                description =
                        "Where the participant was checked in, once checked in (of an event over more than one day: on the first day; see days)",
                nullable = true)
        AttendanceMode attendedAs,

        @Schema(description = "Place on the waiting list of their way of taking part (1 = next), while waitlisted")
        Integer waitingListPosition,

        @Schema(description = "While offered: confirm before this moment")
        OffsetDateTime offerExpiresAt,

        @JsonFormat(pattern = "HH:mm")
        @Schema(
                type = SchemaType.STRING,
                example = "13:02",
                description = "Of an event over more than one day: on the first day; see days")
        LocalTime checkedInAt,

        @JsonFormat(pattern = "HH:mm") @Schema(type = SchemaType.STRING, example = "17:00")
        LocalTime checkedOutAt,

        @Schema(description = "Accreditation points earned, once the event is held")
        BigDecimal points,

        OffsetDateTime registeredAt,

        @Schema(
                description =
                        "The days the participant was checked in, each with its own times (one for a one-day event)")
        List<DayAttendance> days) {

    public static RegistrationView of(Registration r) {
        Integer position = null;
        if (r.status == RegistrationStatus.WAITLISTED) {
            position = (int) Registration.count(
                            "eventId = ?1 and status = ?2 and attendance = ?5"
                                    + " and (waitingSince < ?3 or (waitingSince = ?3 and id < ?4))",
                            r.eventId,
                            RegistrationStatus.WAITLISTED,
                            r.waitingSince,
                            r.id,
                            r.attendance)
                    + 1;
        }
        return withPosition(r, position);
    }

    /** With a waiting-list position already known (the registration desk counts it in memory). */
    static RegistrationView withPosition(Registration r, Integer waitingListPosition) {
        return new RegistrationView(
                r.id,
                r.eventId,
                r.personReference,
                r.name,
                r.role,
                r.institutionCode,
                r.programmeCode,
                r.bigNumber,
                r.accreditationWanted,
                r.email,
                r.status,
                r.attendance,
                r.attendedAs,
                waitingListPosition,
                r.offerExpiresAt,
                r.checkedInAt,
                r.checkedOutAt,
                r.points,
                r.registeredAt,
                r.attended() ? r.daysAttended(TrainingEvent.findById(r.eventId)) : List.of());
    }
}

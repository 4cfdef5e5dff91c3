package nl.opleidingsklimaat.events.registration;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.opleidingsklimaat.events.trainingevent.AttendanceMode;
import nl.opleidingsklimaat.events.trainingevent.EventMode;
import nl.opleidingsklimaat.events.trainingevent.OrganiserAccess;
import nl.opleidingsklimaat.events.trainingevent.ParticipantRole;
import nl.opleidingsklimaat.events.trainingevent.TrainingEvent;
import nl.opleidingsklimaat.events.trainingevent.TrainingEventStatus;
import nl.opleidingsklimaat.platform.problem.ProblemException;

/** What a registration needs to know of its event: who may see it, whether it is open, and for whom it is meant. */
record RegistrationTerms(
        UUID eventId,
        TrainingEventStatus status,
        String organiserInstitutionCode,
        String organiserRegionCode,
        List<ParticipantRole> targetRoles,
        EventMode mode,
        LocalDate date,
        OffsetDateTime registrationDeadline) {

    RegistrationTerms {
        targetRoles = List.copyOf(targetRoles);
    }

    static RegistrationTerms of(TrainingEvent event) {
        return new RegistrationTerms(
                event.id,
                event.status,
                event.organiserInstitutionCode,
                event.organiserRegionCode,
                event.targetRoles,
                event.mode,
                event.date,
                event.registrationDeadline);
    }

    /** A draft is seen by its organisers only, and nothing by a machine token without scope. */
    boolean visibleTo(OrganiserAccess access) {
        return (status != TrainingEventStatus.DRAFT && !access.isUnscopedMachine())
                || access.mayManage(organiserInstitutionCode, organiserRegionCode);
    }

    /** Registration is open for a published event whose day has not passed, before its deadline. */
    void requireOpen(LocalDate today, OffsetDateTime now) {
        switch (status) {
            case DRAFT -> throw ProblemException.conflict("Training event %s is not published yet", eventId);
            case CANCELLED ->
                throw ProblemException.conflict(
                        "Training event %s has been cancelled; registration is closed", eventId);
            case HELD -> throw ProblemException.unprocessable("Training event %s has already been held", eventId);
            default -> {}
        }
        if (date.isBefore(today)) {
            throw ProblemException.unprocessable("Training event %s was on %s, which has passed", eventId, date);
        }
        if (registrationDeadline != null && now.isAfter(registrationDeadline)) {
            throw ProblemException.unprocessable(
                    "Registration for training event %s closed at %s", eventId, registrationDeadline);
        }
    }

    /** The way of taking part the registrant asked for, or the event's default; one the event does not offer is refused. */
    AttendanceMode attendanceFor(AttendanceMode requested) {
        if (requested == null) {
            return mode.defaultAttendance();
        }
        if (!mode.offers(requested)) {
            throw ProblemException.invalidField(
                    "attendance", "this event is %s; it has no %s places".formatted(modeCode(), requested.code()));
        }
        return requested;
    }

    private String modeCode() {
        return switch (mode) {
            case ON_SITE -> "on site only";
            case ONLINE -> "online only";
            case HYBRID -> "hybrid";
        };
    }

    void requireMeantFor(ParticipantRole role) {
        if (!targetRoles.contains(role)) {
            throw ProblemException.invalidField(
                    "role",
                    "this event is meant for "
                            + targetRoles.stream().map(r -> r.code()).toList());
        }
    }
}

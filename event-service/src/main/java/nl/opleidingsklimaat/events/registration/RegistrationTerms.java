package nl.opleidingsklimaat.events.registration;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
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
                event.date,
                event.registrationDeadline);
    }

    /** A draft is seen by its organisers only, and nothing by a machine token without scope. */
    boolean visibleTo(OrganiserAccess access) {
        return (status != TrainingEventStatus.DRAFT && !access.isUnscopedMachine())
                || access.mayManage(organiserInstitutionCode, organiserRegionCode);
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

package nl.opleidingsklimaat.events.registration;

import java.time.OffsetDateTime;
import java.util.UUID;
import nl.opleidingsklimaat.events.trainingevent.AttendanceMode;
import nl.opleidingsklimaat.events.trainingevent.ParticipantRole;

/**
 * A registration checked on the request thread (caller, role, BIG number), waiting for the {@link RegistrationDesk} to
 * place it in the organisation (the institution and programme as the request names them) and decide whether it gets a
 * seat.
 */
record RegistrationDraft(
        UUID id,
        UUID eventId,
        String personReference,
        String name,
        ParticipantRole role,
        String institutionCode,
        String programmeCode,
        String bigNumber,
        boolean accreditationWanted,
        String email,
        AttendanceMode attendance) { // as asked; null: the event's default, decided under the lock

    /** A new entity each time, so a draft can be tried again after a rolled-back attempt. */
    Registration toRegistration(
            Placements.Placement placement,
            RegistrationStatus status,
            OffsetDateTime registeredAt,
            AttendanceMode decided) {
        Registration registration = new Registration();
        registration.id = id;
        registration.eventId = eventId;
        registration.personReference = personReference;
        registration.name = name;
        registration.role = role;
        registration.institutionCode = placement.institutionCode();
        registration.programmeCode = placement.programmeCode();
        registration.bigNumber = bigNumber;
        registration.accreditationWanted = accreditationWanted;
        registration.email = email;
        registration.registeredAt = registeredAt;
        registration.status = status;
        registration.attendance = decided;
        if (status == RegistrationStatus.WAITLISTED) {
            registration.waitingSince = registeredAt;
        }
        return registration;
    }
}

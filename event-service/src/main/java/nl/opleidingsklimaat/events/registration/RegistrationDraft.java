package nl.opleidingsklimaat.events.registration;

import java.time.OffsetDateTime;
import java.util.UUID;
import nl.opleidingsklimaat.events.trainingevent.ParticipantRole;

/**
 * A registration checked and completed on the request thread (caller, role, BIG number, place in the organisation),
 * waiting for the {@link RegistrationDesk} to decide whether it gets a seat.
 */
record RegistrationDraft(UUID id, UUID eventId, String personReference, String name, ParticipantRole role, String institutionCode,
        String programmeCode, String bigNumber, boolean accreditationWanted) {

    /** A new entity each time, so a draft can be tried again after a rolled-back attempt. */
    Registration toRegistration(RegistrationStatus status, OffsetDateTime registeredAt) {
        Registration registration = new Registration();
        registration.id = id;
        registration.eventId = eventId;
        registration.personReference = personReference;
        registration.name = name;
        registration.role = role;
        registration.institutionCode = institutionCode;
        registration.programmeCode = programmeCode;
        registration.bigNumber = bigNumber;
        registration.accreditationWanted = accreditationWanted;
        registration.registeredAt = registeredAt;
        registration.status = status;
        if (status == RegistrationStatus.WAITLISTED) {
            registration.waitingSince = registeredAt;
        }
        return registration;
    }
}

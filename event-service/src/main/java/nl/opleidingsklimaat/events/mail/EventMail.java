package nl.opleidingsklimaat.events.mail;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import nl.opleidingsklimaat.events.attendance.CertificateService;
import nl.opleidingsklimaat.events.registration.Registration;
import nl.opleidingsklimaat.events.registration.RegistrationStatus;
import nl.opleidingsklimaat.events.trainingevent.TrainingEvent;
import nl.opleidingsklimaat.events.trainingevent.TrainingEventStatus;

/**
 * The mails a participant gets, each of one switchable kind ({@link EventMailKinds}). A queued mail is written when it
 * is sent, and only while it still applies: a confirmation of a registration cancelled since, or an offer that lapsed
 * while SMTP was away, is not sent at all.
 */
public enum EventMail {
    /** The seat is theirs: the confirmation with the calendar invitation. */
    REGISTERED(EventMailKinds.REGISTRATION_CONFIRMATION),
    /** No seat yet: their place on the waiting list (the same kind: it answers the same registration). */
    WAITLISTED(EventMailKinds.REGISTRATION_CONFIRMATION),
    /** A seat came free: take it on the personal page before the deadline. */
    SEAT_OFFERED(EventMailKinds.WAITING_LIST_OFFER),
    /** The day before the event. */
    REMINDER(EventMailKinds.REMINDER),
    /** The event was held and they were there: the certificate (PDF). */
    CERTIFICATE(EventMailKinds.CERTIFICATE);

    private final String kind;

    EventMail(String kind) {
        this.kind = kind;
    }

    /** The code of the switchable kind ({@code platform.mail}) this mail belongs to. */
    public String kind() {
        return kind;
    }

    /** Whether the mail still says something true about the registration at {@code now} (else it is not sent). */
    public boolean appliesTo(Registration registration, TrainingEvent event, OffsetDateTime now, LocalDate today) {
        boolean published = event.status == TrainingEventStatus.PUBLISHED;
        return switch (this) {
            case REGISTERED -> published && registration.status == RegistrationStatus.REGISTERED;
            case WAITLISTED -> published && registration.status == RegistrationStatus.WAITLISTED;
            case SEAT_OFFERED ->
                published
                        && registration.status == RegistrationStatus.OFFERED
                        && registration.offerExpiresAt != null
                        && registration.offerExpiresAt.isAfter(now);
            case REMINDER ->
                published && registration.status == RegistrationStatus.REGISTERED && !event.date.isBefore(today);
            case CERTIFICATE -> CertificateService.available(registration, event);
        };
    }

    /**
     * The institution whose switch decides: an institution's event, the organising institution (its COC runs the
     * event and its mails); a region's event, the participant's own institution (whose COC, and the region's
     * coordinator, manage its switches).
     */
    public static String institutionOf(TrainingEvent event, Registration registration) {
        return event.organiserInstitutionCode != null ? event.organiserInstitutionCode : registration.institutionCode;
    }
}

package nl.opleidingsklimaat.events.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import nl.opleidingsklimaat.events.registration.Registration;
import nl.opleidingsklimaat.events.registration.RegistrationStatus;
import nl.opleidingsklimaat.events.trainingevent.TrainingEvent;
import nl.opleidingsklimaat.events.trainingevent.TrainingEventStatus;
import org.junit.jupiter.api.Test;

/** A queued mail is sent only while it still says something true, under the switch of the right institution. */
class EventMailTest {
    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-03T10:00:00+01:00");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void anOfferAppliesOnlyWhileItIsOpen() {
        TrainingEvent event = event(TrainingEventStatus.PUBLISHED, TODAY.plusDays(5));
        Registration offered = registration(RegistrationStatus.OFFERED);
        offered.offerExpiresAt = NOW.plusHours(1);
        assertThat(EventMail.SEAT_OFFERED.appliesTo(offered, event, NOW, TODAY)).isTrue();
        offered.offerExpiresAt = NOW.minusSeconds(1);
        assertThat(EventMail.SEAT_OFFERED.appliesTo(offered, event, NOW, TODAY)).isFalse();
        offered.status = RegistrationStatus.EXPIRED;
        offered.offerExpiresAt = NOW.plusHours(1);
        assertThat(EventMail.SEAT_OFFERED.appliesTo(offered, event, NOW, TODAY)).isFalse();
    }

    @Test
    void aConfirmationOrReminderOfACancelledRegistrationOrEventIsNotSent() {
        TrainingEvent event = event(TrainingEventStatus.PUBLISHED, TODAY.plusDays(1));
        Registration registered = registration(RegistrationStatus.REGISTERED);
        assertThat(EventMail.REGISTERED.appliesTo(registered, event, NOW, TODAY))
                .isTrue();
        assertThat(EventMail.REMINDER.appliesTo(registered, event, NOW, TODAY)).isTrue();
        assertThat(EventMail.WAITLISTED.appliesTo(registered, event, NOW, TODAY))
                .isFalse();
        assertThat(EventMail.REMINDER.appliesTo(registered, event, NOW, TODAY.plusDays(2)))
                .isFalse();
        registered.status = RegistrationStatus.CANCELLED;
        assertThat(EventMail.REGISTERED.appliesTo(registered, event, NOW, TODAY))
                .isFalse();
        assertThat(EventMail.REMINDER.appliesTo(registered, event, NOW, TODAY)).isFalse();
        registered.status = RegistrationStatus.REGISTERED;
        event.status = TrainingEventStatus.CANCELLED;
        assertThat(EventMail.REMINDER.appliesTo(registered, event, NOW, TODAY)).isFalse();
    }

    @Test
    void theCertificateGoesOnlyToACheckedInAttendeeOfAHeldEvent() {
        TrainingEvent event = event(TrainingEventStatus.HELD, TODAY);
        Registration attendee = registration(RegistrationStatus.REGISTERED);
        assertThat(EventMail.CERTIFICATE.appliesTo(attendee, event, NOW, TODAY)).isFalse();
        attendee.checkedInAt = LocalTime.of(13, 0);
        assertThat(EventMail.CERTIFICATE.appliesTo(attendee, event, NOW, TODAY)).isTrue();
    }

    @Test
    void anInstitutionsEventFollowsItsOwnSwitchesAndARegionsEventTheParticipantsInstitution() {
        Registration participant = registration(RegistrationStatus.REGISTERED);
        participant.institutionCode = "LUMC";
        TrainingEvent institutions = event(TrainingEventStatus.PUBLISHED, TODAY);
        institutions.organiserInstitutionCode = "EMC";
        assertThat(EventMail.institutionOf(institutions, participant)).isEqualTo("EMC");
        TrainingEvent regions = event(TrainingEventStatus.PUBLISHED, TODAY);
        regions.organiserRegionCode = "OOR-LEIDEN";
        assertThat(EventMail.institutionOf(regions, participant)).isEqualTo("LUMC");
    }

    @Test
    void theWaitingListMailIsSwitchedWithTheConfirmationAndTheOfferOnItsOwn() {
        assertThat(EventMail.WAITLISTED.kind()).isEqualTo(EventMail.REGISTERED.kind());
        assertThat(EventMail.SEAT_OFFERED.kind()).isNotEqualTo(EventMail.REGISTERED.kind());
    }

    private static TrainingEvent event(TrainingEventStatus status, LocalDate date) {
        TrainingEvent event = new TrainingEvent();
        event.status = status;
        event.date = date;
        return event;
    }

    private static Registration registration(RegistrationStatus status) {
        Registration registration = new Registration();
        registration.status = status;
        return registration;
    }
}

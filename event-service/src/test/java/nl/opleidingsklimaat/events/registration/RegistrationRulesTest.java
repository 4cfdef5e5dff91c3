package nl.opleidingsklimaat.events.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import nl.opleidingsklimaat.events.trainingevent.EventMode;
import nl.opleidingsklimaat.events.trainingevent.ParticipantRole;
import nl.opleidingsklimaat.events.trainingevent.TrainingEvent;
import nl.opleidingsklimaat.events.trainingevent.TrainingEventStatus;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

/** When an event takes registrations, and how a registration moves through the waiting list, without a database. */
class RegistrationRulesTest {
    static final LocalDate DAY = LocalDate.of(2026, 10, 1);
    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 9, 1, 12, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void aPublishedEventTakesRegistrationsUntilItsDay() {
        terms(TrainingEventStatus.PUBLISHED, null).requireOpen(DAY.minusDays(30), NOW);
        terms(TrainingEventStatus.PUBLISHED, null).requireOpen(DAY, NOW);
    }

    @Test
    void aDraftOrCancelledEventTakesNoRegistrations() {
        assertProblem(
                () -> terms(TrainingEventStatus.DRAFT, null).requireOpen(DAY, NOW),
                ProblemType.CONFLICT,
                "not published yet");
        assertProblem(
                () -> terms(TrainingEventStatus.CANCELLED, null).requireOpen(DAY, NOW),
                ProblemType.CONFLICT,
                "has been cancelled");
    }

    @Test
    void aHeldOrPastEventTakesNoRegistrations() {
        assertProblem(
                () -> terms(TrainingEventStatus.HELD, null).requireOpen(DAY, NOW),
                ProblemType.UNPROCESSABLE,
                "already been held");
        assertProblem(
                () -> terms(TrainingEventStatus.PUBLISHED, null).requireOpen(DAY.plusDays(1), NOW),
                ProblemType.UNPROCESSABLE,
                "which has passed");
    }

    @Test
    void registrationClosesAtTheDeadline() {
        OffsetDateTime deadline = NOW.plusHours(1);
        terms(TrainingEventStatus.PUBLISHED, deadline).requireOpen(DAY.minusDays(30), NOW);
        terms(TrainingEventStatus.PUBLISHED, deadline).requireOpen(DAY.minusDays(30), deadline);
        assertProblem(
                () -> terms(TrainingEventStatus.PUBLISHED, deadline)
                        .requireOpen(DAY.minusDays(30), deadline.plusSeconds(1)),
                ProblemType.UNPROCESSABLE,
                "closed at");
    }

    @Test
    void anEventIsForTheRolesItTargets() {
        RegistrationTerms terms = terms(TrainingEventStatus.PUBLISHED, null);
        terms.requireMeantFor(ParticipantRole.values()[0]);
        ParticipantRole other = ParticipantRole.values()[1];

        assertProblem(() -> terms.requireMeantFor(other), ProblemType.VALIDATION, "");
    }

    @Test
    void aWaiterOfferedASeatTakesItByConfirmingInTime() {
        Registration waiter = registration(RegistrationStatus.WAITLISTED);
        waiter.offer(NOW.plusDays(2));

        assertThat(waiter.status).isEqualTo(RegistrationStatus.OFFERED);
        assertThat(waiter.offerExpiresAt).isEqualTo(NOW.plusDays(2));

        waiter.confirm(NOW.plusDays(2));

        assertThat(waiter.status).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(waiter.offerExpiresAt).isNull();
    }

    @Test
    void anOfferConfirmedTooLateIsGone() {
        Registration waiter = registration(RegistrationStatus.WAITLISTED);
        waiter.offer(NOW);

        assertProblem(() -> waiter.confirm(NOW.plusSeconds(1)), ProblemType.GONE, "lapsed at");
        assertThat(waiter.status).isEqualTo(RegistrationStatus.OFFERED);
    }

    @Test
    void anExpiredOfferIsGoneAndNothingElseCanBeConfirmed() {
        Registration expired = registration(RegistrationStatus.WAITLISTED);
        expired.offer(NOW);
        expired.expire();

        assertThat(expired.status).isEqualTo(RegistrationStatus.EXPIRED);
        assertProblem(() -> expired.confirm(NOW), ProblemType.GONE, "went to the next on the waiting list");
        for (RegistrationStatus status :
                List.of(RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED, RegistrationStatus.CANCELLED)) {
            assertProblem(
                    () -> registration(status).confirm(NOW),
                    ProblemType.CONFLICT,
                    "only an offered seat can be confirmed");
        }
    }

    @Test
    void anActiveRegistrationIsCancelledAndLosesItsOffer() {
        for (RegistrationStatus status : RegistrationStatus.ACTIVE) {
            Registration registration = registration(status);
            registration.offerExpiresAt = NOW;

            registration.cancel(event(TrainingEventStatus.PUBLISHED));

            assertThat(registration.status).isEqualTo(RegistrationStatus.CANCELLED);
            assertThat(registration.offerExpiresAt).isNull();
        }
    }

    @Test
    void aCancelledOrExpiredRegistrationIsNotCancelledAgain() {
        for (RegistrationStatus status : List.of(RegistrationStatus.CANCELLED, RegistrationStatus.EXPIRED)) {
            assertProblem(
                    () -> registration(status).cancel(event(TrainingEventStatus.PUBLISHED)),
                    ProblemType.CONFLICT,
                    "is already " + status.code());
        }
    }

    @Test
    void registrationsOfAHeldEventAreNotCancelled() {
        Registration registration = registration(RegistrationStatus.REGISTERED);

        assertProblem(
                () -> registration.cancel(event(TrainingEventStatus.HELD)), ProblemType.CONFLICT, "has been held");
        assertThat(registration.status).isEqualTo(RegistrationStatus.REGISTERED);
    }

    static RegistrationTerms terms(TrainingEventStatus status, OffsetDateTime deadline) {
        return new RegistrationTerms(
                UUID.randomUUID(),
                status,
                "HOSP",
                "OOR",
                List.of(ParticipantRole.values()[0]),
                EventMode.ON_SITE,
                DAY,
                deadline);
    }

    static Registration registration(RegistrationStatus status) {
        Registration registration = new Registration();
        registration.id = UUID.randomUUID();
        registration.status = status;
        return registration;
    }

    static TrainingEvent event(TrainingEventStatus status) {
        TrainingEvent event = new TrainingEvent();
        event.id = UUID.randomUUID();
        event.status = status;
        return event;
    }

    private static void assertProblem(Runnable action, ProblemType type, String detail) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(
                        ProblemException.class, p -> assertThat(p.type()).isEqualTo(type))
                .hasMessageContaining(detail);
    }
}

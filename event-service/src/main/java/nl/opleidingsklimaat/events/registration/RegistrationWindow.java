package nl.opleidingsklimaat.events.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import nl.opleidingsklimaat.events.config.EventsConfig;
import nl.opleidingsklimaat.platform.problem.ProblemException;

/** Whether an event takes registrations: published, not cancelled or held, not past, before its deadline. */
@ApplicationScoped
public class RegistrationWindow {
    @Inject
    EventsConfig config;

    void requireOpen(RegistrationTerms event) {
        switch (event.status()) {
            case DRAFT -> throw ProblemException.conflict("Training event %s is not published yet", event.eventId());
            case CANCELLED ->
                throw ProblemException.conflict(
                        "Training event %s has been cancelled; registration is closed", event.eventId());
            case HELD ->
                throw ProblemException.unprocessable("Training event %s has already been held", event.eventId());
            default -> {}
        }
        if (event.date().isBefore(LocalDate.now(config.timeZone()))) {
            throw ProblemException.unprocessable(
                    "Training event %s was on %s, which has passed", event.eventId(), event.date());
        }
        if (event.registrationDeadline() != null && OffsetDateTime.now().isAfter(event.registrationDeadline())) {
            throw ProblemException.unprocessable(
                    "Registration for training event %s closed at %s", event.eventId(), event.registrationDeadline());
        }
    }
}

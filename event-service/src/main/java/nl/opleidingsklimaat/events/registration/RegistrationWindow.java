package nl.opleidingsklimaat.events.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import nl.opleidingsklimaat.events.EventsConfig;

/** Whether an event takes registrations: published, not cancelled or held, not past, before its deadline. */
@ApplicationScoped
public class RegistrationWindow {
    @Inject
    EventsConfig config;

    void requireOpen(RegistrationTerms event) {
        event.requireOpen(LocalDate.now(config.timeZone()), OffsetDateTime.now());
    }
}

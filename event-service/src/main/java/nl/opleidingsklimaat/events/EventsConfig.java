package nl.opleidingsklimaat.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/** Settings of event-service ({@code events.*}). */
@ConfigMapping(prefix = "events")
public interface EventsConfig {
    /** The zone in which event dates and clock times are read; decides what "today" and "past" mean. */
    @WithDefault("Europe/Amsterdam")
    ZoneId timeZone();

    /** The largest group on site (reference: a symposium's groups of at most 75). */
    int maxOnSiteCapacity();

    /** Poll and evaluation results are shown only once at least this many participants answered (never below 4). */
    @WithDefault("4")
    @jakarta.validation.constraints.Min(4)
    int minimumRespondents();

    /**
     * The public address of the service's pages (e.g. {@code https://events.example.nl}), for the personal links and
     * the polls' QR codes; without it, the address the request came to.
     */
    Optional<URI> pageBaseUrl();

    WaitingList waitingList();

    RegistrationDesk registrationDesk();

    Mail mail();

    interface WaitingList {
        /** How long a promoted waiter has to confirm before the seat goes to the next on the list. */
        @WithDefault("P2D")
        Duration confirmationWindow();

        /** How often lapsed offers are looked for (a scheduler interval such as {@code 60s}). */
        @WithDefault("60s")
        String expiryCheckEvery();
    }

    interface RegistrationDesk {
        /** The most registrations decided in one transaction. */
        @WithDefault("500")
        @jakarta.validation.constraints.Min(1)
        int batchSize();

        /** The most registrations waiting for the desk; one more is refused with 503 and Retry-After. */
        @WithDefault("10000")
        @jakarta.validation.constraints.Min(1)
        int queueCapacity();

        /** How long a request waits for the desk's decision before it answers with a problem. */
        @WithDefault("PT20S")
        Duration answerWithin();
    }

    interface Mail {
        /** How often the reminders of tomorrow's events are queued (a scheduler interval, {@code off} to stop it). */
        @WithDefault("15m")
        String reminderCheckEvery();

        /** From this local time on the day before the event, reminders go out. */
        @WithDefault("09:00")
        LocalTime remindersFrom();

        /** How often the mail relay looks for mails to send besides being woken by a commit. */
        @WithDefault("PT30S")
        Duration pollInterval();

        /** The pause after the first failed attempt to send (SMTP away); it doubles up to the last. */
        @WithDefault("PT10S")
        Duration firstRetryAfter();

        @WithDefault("PT15M")
        Duration lastRetryAfter();

        /** A mail that failed this many times is given up (logged, without the address). */
        @WithDefault("50")
        @jakarta.validation.constraints.Min(1)
        int maxAttempts();
    }
}

package nl.opleidingsklimaat.events.registration;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.opleidingsklimaat.events.trainingevent.TrainingEvent;
import nl.opleidingsklimaat.events.trainingevent.TrainingEventChanged;
import nl.opleidingsklimaat.events.trainingevent.TrainingEventStatus;

/**
 * The registration terms of published events, read once instead of on every registration of a burst, and forgotten when
 * this instance changes the event. Another instance's change is not seen here, so these terms only decide the checks
 * before the lock; the registration desk checks again against the locked row.
 */
@ApplicationScoped
public class PublishedEventTerms {
    private final Map<UUID, RegistrationTerms> published = new ConcurrentHashMap<>();

    /** The event's terms, or empty when there is no such event. */
    Optional<RegistrationTerms> of(UUID eventId) {
        RegistrationTerms known = published.get(eventId);
        if (known != null) {
            return Optional.of(known);
        }
        // computeIfAbsent: the first registrations of a burst read the event once, not each; and a forget() that
        // comes while the row is being read waits for the read, then removes what it found
        RegistrationTerms[] read = new RegistrationTerms[1];
        known = published.computeIfAbsent(eventId, id -> {
            read[0] = read(id);
            return read[0] != null && read[0].status() == TrainingEventStatus.PUBLISHED ? read[0] : null;
        });
        return Optional.ofNullable(known != null ? known : read[0]);
    }

    /** After the commit (or rollback): the next registration reads the event again. */
    void forget(@Observes(during = TransactionPhase.AFTER_COMPLETION) TrainingEventChanged changed) {
        published.remove(changed.eventId());
    }

    private static RegistrationTerms read(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            TrainingEvent event = TrainingEvent.findById(eventId);
            return event == null ? null : RegistrationTerms.of(event);
        });
    }
}

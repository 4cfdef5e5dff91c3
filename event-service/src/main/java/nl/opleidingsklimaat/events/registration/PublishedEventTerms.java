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
    /** How many changes were heard; a read that overlapped one may have seen the old row and is not kept. */
    private long changesHeard;

    /** The event's terms, or empty when there is no such event. */
    Optional<RegistrationTerms> of(UUID eventId) {
        RegistrationTerms known = published.get(eventId);
        if (known != null) {
            return Optional.of(known);
        }
        long changesBefore = changesHeard();
        RegistrationTerms read = QuarkusTransaction.requiringNew().call(() -> {
            TrainingEvent event = TrainingEvent.findById(eventId);
            return event == null ? null : RegistrationTerms.of(event);
        });
        if (read != null && read.status() == TrainingEventStatus.PUBLISHED) {
            keep(read, changesBefore);
        }
        return Optional.ofNullable(read);
    }

    /** After the commit (or rollback): the next registration reads the event again. */
    void forget(@Observes(during = TransactionPhase.AFTER_COMPLETION) TrainingEventChanged changed) {
        synchronized (this) {
            changesHeard++;
            published.remove(changed.eventId());
        }
    }

    private synchronized long changesHeard() {
        return changesHeard;
    }

    private synchronized void keep(RegistrationTerms terms, long changesBefore) {
        if (changesHeard == changesBefore) {
            published.put(terms.eventId(), terms);
        }
    }
}

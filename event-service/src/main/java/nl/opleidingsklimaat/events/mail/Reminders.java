package nl.opleidingsklimaat.events.mail;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import nl.opleidingsklimaat.events.EventsConfig;
import org.jboss.logging.Logger;

/**
 * The reminder the day before: from {@code events.mail.reminders-from} (local time) on the day before a published
 * event, everyone holding a seat (registered, with an address) gets one. Queued once per registration, also with
 * several instances and however often the scheduler runs: a unique index on the outbox lets the first insert win.
 */
@ApplicationScoped
public class Reminders {
    private static final Logger LOG = Logger.getLogger(Reminders.class);

    @Inject
    EventsConfig config;

    @Inject
    EntityManager entityManager;

    @Inject
    MailOutbox outbox;

    @Scheduled(
            every = "${events.mail.reminder-check-every}",
            delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        try {
            int queued = queueDue(ZonedDateTime.now(config.timeZone()));
            if (queued > 0) {
                LOG.infof("Queued %d reminders of tomorrow's training events", queued);
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not queue the reminders; will try again on the next run");
        }
    }

    /** Queues the reminders due at {@code now} that were not queued before; returns how many were new. */
    @Transactional
    public int queueDue(ZonedDateTime now) {
        ZonedDateTime local = now.withZoneSameInstant(config.timeZone());
        if (local.toLocalTime().isBefore(config.mail().remindersFrom())) {
            return 0;
        }
        LocalDate tomorrow = local.toLocalDate().plusDays(1);
        int queued =
                entityManager.createNativeQuery("""
                        INSERT INTO mail_outbox (id, mail, registration_id, created_at, next_attempt_at)
                        SELECT gen_random_uuid(), 'REMINDER', r.id, now(), now()
                        FROM registration r JOIN training_event e ON e.id = r.event_id
                        WHERE e.event_date = ?1 AND e.status = 'PUBLISHED' AND r.status = 'REGISTERED'
                          AND r.email IS NOT NULL
                        ORDER BY r.registered_at, r.id
                        ON CONFLICT DO NOTHING""").setParameter(1, tomorrow).executeUpdate();
        if (queued > 0) {
            outbox.wakeRelayAfterCommit();
        }
        return queued;
    }
}

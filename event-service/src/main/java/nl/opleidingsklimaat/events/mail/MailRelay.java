package nl.opleidingsklimaat.events.mail;

import io.quarkus.mailer.MailTemplate.MailTemplateInstance;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.opleidingsklimaat.events.EventsConfig;
import nl.opleidingsklimaat.events.registration.Registration;
import nl.opleidingsklimaat.events.trainingevent.TrainingEvent;
import nl.opleidingsklimaat.platform.mail.MailSwitches;
import nl.opleidingsklimaat.platform.worker.BackgroundWorker;
import nl.opleidingsklimaat.platform.worker.Backoff;
import org.jboss.logging.Logger;

/**
 * Sends the queued mails after the commits that queued them, oldest first, on a worker of its own (the platform's
 * {@link BackgroundWorker}). Each mail is claimed, written, sent and marked in one transaction, so several instances
 * never send one twice, and a mail that cannot be sent (SMTP away) stays queued: it is tried again with growing pauses
 * ({@code events.mail.first-retry-after} doubling up to {@code last-retry-after}), and given up only after
 * {@code events.mail.max-attempts}. A failed send rolls back the link it issued, so the participant's earlier link keeps
 * working. Nothing a request does waits for SMTP, and no address or link is ever logged.
 */
@ApplicationScoped
public class MailRelay {
    private static final Logger LOG = Logger.getLogger(MailRelay.class);
    private static final Duration SEND_WITHIN = Duration.ofSeconds(60);
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"'(),;:]+@[^\\s<>\"'(),;:]+");

    @Inject
    EventsConfig config;

    @Inject
    MailSwitches switches;

    @Inject
    ParticipantMails mails;

    private BackgroundWorker worker;

    void start(@Observes StartupEvent started) {
        worker = new BackgroundWorker("mail-relay", backoff(), this::sendDue);
        worker.start(1); // after the assignment: the first turn reads the field
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (worker != null) {
            worker.stop(Duration.ofSeconds(10));
        }
    }

    /** Something was queued and committed: send it now rather than at the next poll. */
    public void wakeUp() {
        if (worker != null) {
            worker.wakeUp();
        }
    }

    /** Sends everything due; a failure ends the turn, and the worker pauses before the next (the backoff). */
    private void sendDue(int failuresInARow) throws InterruptedException {
        while (worker.running()) {
            if (!sendNext()) {
                worker.idle(config.mail().pollInterval());
                return;
            }
        }
    }

    /** The oldest due mail, in its own transaction; false when none is due. Throws when it could not be sent. */
    boolean sendNext() {
        UUID[] claimed = new UUID[1];
        try {
            return QuarkusTransaction.requiringNew().timeout(120).call(() -> {
                QueuedMail queued = QueuedMail.claimNextDue();
                if (queued == null) {
                    return false;
                }
                claimed[0] = queued.id;
                send(queued);
                return true;
            });
        } catch (RuntimeException e) {
            if (claimed[0] == null) {
                throw e;
            }
            String reason = withoutAddresses(e);
            QuarkusTransaction.requiringNew().run(() -> recordFailure(claimed[0], reason));
            throw new MailNotSentException("Mail " + claimed[0] + " not sent: " + reason);
        }
    }

    private void send(QueuedMail queued) {
        Registration registration = Registration.findById(queued.registrationId);
        TrainingEvent event = TrainingEvent.findById(registration.eventId);
        // read only: a check-in or cancellation committed while the mail is sent must not be written over
        Registration.getEntityManager().detach(registration);
        TrainingEvent.getEntityManager().detach(event);
        if (registration.email == null) {
            queued.done(QueuedMail.OBSOLETE);
            return;
        }
        if (!switches.enabled(EventMail.institutionOf(event, registration), queued.mail.kind())) {
            queued.done(QueuedMail.SWITCHED_OFF);
            return;
        }
        Optional<MailTemplateInstance> mail = mails.write(queued.mail, registration, event);
        if (mail.isEmpty()) {
            queued.done(QueuedMail.OBSOLETE);
            return;
        }
        mail.get().send().await().atMost(SEND_WITHIN);
        queued.done(QueuedMail.SENT);
        LOG.debugf("Sent mail %s (%s) of registration %s", queued.id, queued.mail, registration.id);
    }

    private void recordFailure(UUID id, String reason) {
        QueuedMail queued = QueuedMail.findById(id);
        if (queued == null || queued.doneAt != null) {
            return; // another instance sent it meanwhile
        }
        queued.failed(reason, OffsetDateTime.now().plus(backoff().after(queued.attempts + 1)));
        if (queued.attempts >= config.mail().maxAttempts()) {
            queued.done(QueuedMail.GIVEN_UP);
            LOG.warnf("Gave up mail %s (%s) after %d attempts: %s", id, queued.mail, queued.attempts, reason);
        } else {
            LOG.infof(
                    "Mail %s (%s) not sent (attempt %d), tried again later: %s",
                    id, queued.mail, queued.attempts, reason);
        }
    }

    private Backoff backoff() {
        return new Backoff(config.mail().firstRetryAfter(), config.mail().lastRetryAfter());
    }

    /** The root cause, with anything that looks like an address taken out (an SMTP refusal often names it). */
    static String withoutAddresses(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        message = ADDRESS.matcher(message).replaceAll("<address>");
        return message.length() > 500 ? message.substring(0, 500) : message;
    }

    static class MailNotSentException extends RuntimeException {
        MailNotSentException(String message) {
            super(message);
        }
    }
}

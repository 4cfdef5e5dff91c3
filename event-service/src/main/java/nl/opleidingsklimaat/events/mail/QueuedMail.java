package nl.opleidingsklimaat.events.mail;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A mail waiting in the outbox to be sent to a registration's participant, and what became of it. The row holds no
 * address, text or link: the {@link MailRelay} writes the mail when it sends it.
 */
@Entity
@Table(name = "mail_outbox")
public class QueuedMail extends PanacheEntityBase {
    public static final String SENT = "sent";
    public static final String SWITCHED_OFF = "switched-off";
    public static final String OBSOLETE = "obsolete";
    public static final String GIVEN_UP = "given-up";

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public EventMail mail;

    public UUID registrationId;
    public OffsetDateTime createdAt;
    public OffsetDateTime nextAttemptAt;
    public int attempts;
    public String lastError;
    public OffsetDateTime doneAt;
    public String outcome;

    static QueuedMail of(EventMail mail, UUID registrationId) {
        QueuedMail queued = new QueuedMail();
        queued.id = UUID.randomUUID();
        queued.mail = mail;
        queued.registrationId = registrationId;
        queued.createdAt = OffsetDateTime.now();
        queued.nextAttemptAt = queued.createdAt;
        return queued;
    }

    /** Sent, or settled without sending ({@link #SWITCHED_OFF}, {@link #OBSOLETE}, {@link #GIVEN_UP}). */
    void done(String how) {
        outcome = how;
        doneAt = OffsetDateTime.now();
    }

    /** A failed attempt: tried again from {@code next}. */
    void failed(String error, OffsetDateTime next) {
        attempts++;
        lastError = error;
        nextAttemptAt = next;
    }

    /**
     * The oldest mail that is due, locked for this transaction; a row another instance holds is skipped, so no mail is
     * sent twice. Null when none is due.
     */
    static QueuedMail claimNextDue() {
        @SuppressWarnings("unchecked")
        List<QueuedMail> due = getEntityManager()
                .createNativeQuery(
                        "SELECT * FROM mail_outbox WHERE done_at IS NULL AND next_attempt_at <= now()"
                                + " ORDER BY position LIMIT 1 FOR UPDATE SKIP LOCKED",
                        QueuedMail.class)
                .getResultList();
        return due.isEmpty() ? null : due.get(0);
    }
}

package nl.opleidingsklimaat.events.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import nl.opleidingsklimaat.events.registration.Registration;

/**
 * Queues a participant's mail in the transaction of what causes it: the mail exists only if that commits, and the
 * {@link MailRelay} sends it after the commit. A registration without an address gets none.
 */
@ApplicationScoped
public class MailOutbox {
    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    MailRelay relay;

    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(EventMail mail, Registration registration) {
        if (registration.email == null) {
            return;
        }
        QueuedMail.of(mail, registration.id).persist();
        wakeRelayAfterCommit();
    }

    /** The relay looks at once after the transaction commits, instead of at its next poll (once per transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    void wakeRelayAfterCommit() {
        if (transactions.getResource(WakeRelayAfterCommit.class) == null) {
            transactions.putResource(WakeRelayAfterCommit.class, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new WakeRelayAfterCommit(relay));
        }
    }

    private record WakeRelayAfterCommit(MailRelay relay) implements Synchronization {
        @Override
        public void beforeCompletion() {}

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                relay.wakeUp();
            }
        }
    }
}

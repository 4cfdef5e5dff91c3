package nl.opleidingsklimaat.quality.digest;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZonedDateTime;
import org.jboss.logging.Logger;

/**
 * Looks every {@code quality.digest.every} whether this week's digest is due. Safe with several instances and after a
 * restart: {@link DigestClaims} lets one run per institution and week send it.
 */
@ApplicationScoped
public class OverdueDigestScheduler {
    private static final Logger LOG = Logger.getLogger(OverdueDigestScheduler.class);

    @Inject
    OverdueDigest digest;

    @Scheduled(
            every = "${quality.digest.every}",
            delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        try {
            int sent = digest.sendDue(ZonedDateTime.now());
            if (sent > 0) {
                LOG.infof("Sent %d overdue-actions digests", sent);
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not send the overdue-actions digests; will try again on the next run");
        }
    }
}

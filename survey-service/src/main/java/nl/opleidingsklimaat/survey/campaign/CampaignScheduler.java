package nl.opleidingsklimaat.survey.campaign;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Opens campaigns on their opening date, sends due reminders, closes them the day after their closing date and
 * produces the reports. Safe with several instances: every transition locks the campaign row and checks its state.
 */
@ApplicationScoped
public class CampaignScheduler {
    private static final Logger LOG = Logger.getLogger(CampaignScheduler.class);

    @Inject
    CampaignService campaigns;

    @Inject
    CampaignWorkflow workflow;

    private volatile boolean stopping;

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    @Scheduled(
            every = "${survey.scheduler.every}",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        runDue(campaigns.today());
    }

    /** Advances every campaign as of {@code today}; one failing campaign does not stop the others. */
    public void runDue(LocalDate today) {
        for (UUID id : campaigns.due(today)) {
            if (stopping) {
                return;
            }
            try {
                workflow.advance(id, today);
            } catch (RuntimeException e) {
                LOG.warnf(e, "Could not advance campaign %s; will try again on the next run", id);
            }
        }
    }
}

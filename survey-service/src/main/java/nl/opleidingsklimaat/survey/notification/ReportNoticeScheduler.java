package nl.opleidingsklimaat.survey.notification;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Sends the owed report mails on a schedule (survey.notices.every); safe with several instances. */
@ApplicationScoped
public class ReportNoticeScheduler {
    private static final Logger LOG = Logger.getLogger(ReportNoticeScheduler.class);

    @Inject
    ReportNotices notices;

    @Scheduled(
            every = "${survey.notices.every}",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        try {
            notices.sendDue();
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not send the owed report mails; will try again on the next run");
        }
    }
}

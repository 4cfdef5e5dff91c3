package nl.opleidingsklimaat.events.registration;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import nl.opleidingsklimaat.events.EventsConfig;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.platform.problem.UniqueConflicts;
import org.jboss.logging.Logger;

/**
 * Group commit for registrations. Request threads hand in drafts and go; one worker takes everything waiting (up to
 * {@code events.registration-desk.batch-size}) and decides it in one transaction with one lock per event, so a burst
 * pays for the event lock and the commit once per batch instead of once per registration. Callers hear the outcome
 * only after the commit.
 */
@ApplicationScoped
public class RegistrationDesk {
    private static final Logger LOG = Logger.getLogger(RegistrationDesk.class);
    private static final String ONE_ACTIVE_PER_PERSON = "registration_one_active_per_person";

    private BlockingQueue<PendingRegistration> queue;
    private volatile boolean open;
    private Thread worker;

    @Inject
    RegistrationBatch batch;

    @Inject
    EventsConfig config;

    void start(@Observes StartupEvent started) {
        queue = new LinkedBlockingQueue<>(config.registrationDesk().queueCapacity());
        open = true;
        worker = new Thread(this::work, "registration-desk");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        open = false;
        if (worker == null) {
            return;
        }
        worker.join(TimeUnit.SECONDS.toMillis(10));
        List<PendingRegistration> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(p -> p.outcome()
                .completeExceptionally(ProblemException.unavailable(
                        "The service is shutting down; the registration was not taken. Please try again.")));
    }

    /**
     * The desk's decision on the draft, once its batch has committed: the stored registration, or the problem (409 for
     * a duplicate, etc.). The caller's thread does not wait for it.
     */
    public CompletionStage<RegistrationView> register(RegistrationDraft draft) {
        PendingRegistration pending = new PendingRegistration(draft, new CompletableFuture<>());
        if (!queue.offer(pending)) {
            return CompletableFuture.failedFuture(ProblemException.unavailable(
                    "The registration desk has %d registrations waiting; nothing was stored, please try again shortly",
                    queue.size()));
        }
        long waitMillis = config.registrationDesk().answerWithin().toMillis();
        // A draft the worker has not started on is then skipped; one it is deciding right now may still be stored.
        CompletableFuture.delayedExecutor(waitMillis, TimeUnit.MILLISECONDS)
                .execute(() -> pending.outcome()
                        .completeExceptionally(ProblemException.unavailable(
                                "Registration %s was not decided within %d ms; look at your registrations "
                                        + "before trying again",
                                draft.id(), waitMillis)));
        return pending.outcome();
    }

    private void work() {
        while (open) {
            List<PendingRegistration> next = new ArrayList<>();
            try {
                PendingRegistration first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                next.add(first);
                queue.drainTo(next, config.registrationDesk().batchSize() - 1);
                decide(next.stream().filter(p -> !p.outcome().isDone()).toList());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Throwable e) {
                LOG.errorf(e, "The registration desk failed on a batch of %d", next.size());
                next.forEach(p -> p.outcome().completeExceptionally(e));
            }
        }
    }

    private void decide(List<PendingRegistration> pendings) {
        if (pendings.isEmpty()) {
            return;
        }
        List<RegistrationDecision> decisions;
        try {
            decisions = batch.decide(
                    pendings.stream().map(PendingRegistration::draft).toList());
            LOG.debugf("Decided %d registrations in one transaction", pendings.size());
        } catch (Exception batchFailed) {
            // Not the exception itself: its message carries the batch's names and BIG numbers.
            LOG.warnf(
                    "A batch of %d registrations failed (%s); deciding them one by one",
                    pendings.size(), reason(batchFailed));
            pendings.forEach(this::decideAlone);
            return;
        }
        for (int i = 0; i < pendings.size(); i++) {
            announce(pendings.get(i), decisions.get(i));
        }
    }

    /** One draft in its own transaction, so a bad draft cannot fail the others of its batch. */
    private void decideAlone(PendingRegistration pending) {
        try {
            announce(pending, batch.decide(List.of(pending.draft())).get(0));
        } catch (Exception e) {
            pending.outcome()
                    .completeExceptionally(
                            isDuplicate(e)
                                    ? ProblemException.conflict(
                                            "%s is already registered for training event %s",
                                            pending.draft().personReference(),
                                            pending.draft().eventId())
                                    : e);
        }
    }

    private static void announce(PendingRegistration pending, RegistrationDecision decision) {
        if (decision.refusal() != null) {
            pending.outcome().completeExceptionally(decision.refusal());
        } else {
            pending.outcome().complete(decision.registration());
        }
    }

    /** The unique index caught a second active registration of the person (say, stored by another instance). */
    private static boolean isDuplicate(Throwable e) {
        return UniqueConflicts.violatedConstraint(e)
                .filter(ONE_ACTIVE_PER_PERSON::equals)
                .isPresent();
    }

    private static String reason(Throwable e) {
        return UniqueConflicts.violatedConstraint(e)
                .map(name -> "constraint " + name)
                .orElse(e.getClass().getName());
    }

    private record PendingRegistration(RegistrationDraft draft, CompletableFuture<RegistrationView> outcome) {}
}

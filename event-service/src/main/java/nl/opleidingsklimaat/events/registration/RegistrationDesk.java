package nl.opleidingsklimaat.events.registration;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import nl.opleidingsklimaat.events.EventsConfig;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.platform.problem.UniqueConflicts;
import nl.opleidingsklimaat.platform.worker.WorkQueue;
import org.jboss.logging.Logger;

/**
 * Group commit for registrations. Request threads hand in drafts and go; the platform's {@link WorkQueue} (bounded by
 * {@code events.registration-desk.queue-capacity}, 503 when full) hands everything waiting (up to
 * {@code events.registration-desk.batch-size}) to one transaction with one lock per event, so a burst pays for the
 * event lock and the commit once per batch instead of once per registration. Callers hear the outcome only after the
 * commit.
 */
@ApplicationScoped
public class RegistrationDesk {
    private static final Logger LOG = Logger.getLogger(RegistrationDesk.class);
    private static final String ONE_ACTIVE_PER_PERSON = "registration_one_active_per_person";

    private WorkQueue<PendingRegistration> queue;

    @Inject
    RegistrationBatch batch;

    @Inject
    EventsConfig config;

    void start(@Observes StartupEvent started) {
        queue = new WorkQueue<>(
                        "the registration desk",
                        config.registrationDesk().queueCapacity(),
                        config.registrationDesk().batchSize(),
                        this::decideSafely,
                        RegistrationDesk::turnAway)
                .start();
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (queue != null) {
            queue.stop(Duration.ofSeconds(10));
        }
    }

    /**
     * The desk's decision on the draft, once its batch has committed: the stored registration, or the problem (409 for
     * a duplicate, etc.). The caller's thread does not wait for it.
     */
    public CompletionStage<RegistrationView> register(RegistrationDraft draft) {
        PendingRegistration pending = new PendingRegistration(draft, new CompletableFuture<>());
        try {
            queue.submit(pending);
        } catch (ProblemException full) {
            return CompletableFuture.failedFuture(full);
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

    /** Decides the batch's drafts that nobody gave up on; whatever goes wrong, every caller hears of it. */
    private void decideSafely(List<PendingRegistration> batch) {
        try {
            decide(batch.stream().filter(p -> !p.outcome().isDone()).toList());
        } catch (Throwable e) {
            LOG.errorf(e, "The registration desk failed on a batch of %d", batch.size());
            batch.forEach(p -> p.outcome().completeExceptionally(e));
        }
    }

    private static void turnAway(List<PendingRegistration> left) {
        left.forEach(p -> p.outcome()
                .completeExceptionally(ProblemException.unavailable(
                        "The service is shutting down; the registration was not taken. Please try again.")));
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

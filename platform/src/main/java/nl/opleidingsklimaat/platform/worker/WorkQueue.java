package nl.opleidingsklimaat.platform.worker;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import nl.opleidingsklimaat.platform.problem.ProblemException;

/**
 * A bounded queue of work that one {@link BackgroundWorker} takes in batches (everything waiting, up to
 * {@code batchSize}) and hands to {@code decide}. A full queue refuses new work with a 503 problem and
 * {@code Retry-After} rather than growing without end; work still waiting at shutdown goes to {@code abandon}, so its
 * callers hear that it was not done.
 */
public final class WorkQueue<T> {
    private static final Duration POLL = Duration.ofMillis(100);

    private final String name;
    private final BlockingQueue<T> queue;
    private final int batchSize;
    private final Consumer<List<T>> decide;
    private final Consumer<List<T>> abandon;
    private final BackgroundWorker worker;

    /**
     * @param name what the queue is, as its users call it ("the registration desk"); names the thread and the 503
     * @param decide does a batch; it must settle each item itself, also when it fails
     * @param abandon told of the items still waiting when the queue stops
     */
    public WorkQueue(String name, int capacity, int batchSize, Consumer<List<T>> decide, Consumer<List<T>> abandon) {
        this.name = name;
        this.queue = new LinkedBlockingQueue<>(capacity);
        this.batchSize = batchSize;
        this.decide = decide;
        this.abandon = abandon;
        this.worker = new BackgroundWorker(name.replace(' ', '-'), Backoff.fixed(POLL), failures -> takeBatch());
    }

    public WorkQueue<T> start() {
        worker.start(1);
        return this;
    }

    /** Queues the item, or refuses it with a 503 problem (nothing stored, try again) when the queue is full. */
    public void submit(T item) {
        if (!worker.running() || !queue.offer(item)) {
            throw ProblemException.unavailable(
                    "%s has %d waiting; nothing was stored, please try again shortly", capitalised(name), queue.size());
        }
    }

    public void stop(Duration grace) {
        worker.stop(grace);
        List<T> left = new ArrayList<>();
        queue.drainTo(left);
        if (!left.isEmpty()) {
            abandon.accept(left);
        }
    }

    private void takeBatch() throws InterruptedException {
        T first = queue.poll(POLL.toMillis(), TimeUnit.MILLISECONDS);
        if (first == null) {
            return;
        }
        List<T> batch = new ArrayList<>();
        batch.add(first);
        queue.drainTo(batch, batchSize - 1);
        decide.accept(batch);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

package nl.opleidingsklimaat.platform.worker;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * A loop on daemon threads of its own, for the platform's long-running work (the outbox relay, the consumer loop, a
 * {@link WorkQueue}): it runs its {@link Turn} again and again until {@link #stop}; a turn that throws is logged and
 * followed by a pause from the {@link Backoff}, which a stop cuts short. Turns wait for work with {@link #idle} (woken by
 * {@link #wakeUp}) and pause with {@link #pause}, both of which return at once when the worker stops.
 */
public final class BackgroundWorker {
    private static final Logger LOG = Logger.getLogger(BackgroundWorker.class);

    /** One round of the loop; {@code failuresInARow} is how many rounds before it failed (0 after a success). */
    @FunctionalInterface
    public interface Turn {
        void run(int failuresInARow) throws Exception;
    }

    private final String name;
    private final Backoff backoff;
    private final Turn turn;
    private final List<Runnable> stopHooks = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final Semaphore wakeUps = new Semaphore(0);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running;

    public BackgroundWorker(String name, Backoff backoff, Turn turn) {
        this.name = name;
        this.backoff = backoff;
        this.turn = turn;
    }

    /** Something to do when the worker stops, before its threads are joined (e.g. wake a blocking Kafka poll). */
    public BackgroundWorker onStop(Runnable hook) {
        stopHooks.add(hook);
        return this;
    }

    /** Starts the loop on {@code count} threads, named after the worker ({@code name}, {@code name-2}, ...). */
    public synchronized BackgroundWorker start(int count) {
        if (running || stopped.getCount() == 0) {
            throw new IllegalStateException(name + " was started already");
        }
        running = true;
        for (int i = 1; i <= count; i++) {
            Thread thread = new Thread(this::loop, i == 1 ? name : name + "-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        return this;
    }

    public boolean running() {
        return running;
    }

    /** Stops the loop: waiting turns return, the hooks run, and each thread gets up to {@code grace} to finish. */
    public synchronized void stop(Duration grace) {
        running = false;
        stopped.countDown();
        wakeUps.release(Math.max(1, threads.size()));
        stopHooks.forEach(Runnable::run);
        for (Thread thread : threads) {
            try {
                thread.join(Math.max(1, grace.toMillis())); // join(0) would wait for ever
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Ends a wait in {@link #idle}: there is work now. */
    public void wakeUp() {
        wakeUps.release();
    }

    /** Waits until {@link #wakeUp}, a stop, or at most {@code longest}. */
    public void idle(Duration longest) throws InterruptedException {
        if (running && wakeUps.tryAcquire(longest.toMillis(), TimeUnit.MILLISECONDS)) {
            if (running) {
                wakeUps.drainPermits(); // wake-ups while busy are one piece of work
            } else {
                wakeUps.release(); // pass the stop on to the worker's other threads
            }
        }
    }

    /** Waits for {@code duration}, or less when the worker stops. */
    public void pause(Duration duration) throws InterruptedException {
        stopped.await(duration.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void loop() {
        int failuresInARow = 0;
        while (running) {
            try {
                turn.run(failuresInARow);
                failuresInARow = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                if (!running) {
                    return;
                }
                failuresInARow++;
                Duration wait = backoff.after(failuresInARow);
                LOG.warnf("%s paused for %d ms after %s", name, wait.toMillis(), rootMessage(e));
                try {
                    pause(wait);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}

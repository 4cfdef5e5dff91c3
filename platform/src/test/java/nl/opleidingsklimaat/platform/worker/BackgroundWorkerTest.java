package nl.opleidingsklimaat.platform.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class BackgroundWorkerTest {

    @Test
    void aFailingTurnIsRetriedAndTheTurnHearsHowManyFailedInARow() throws Exception {
        List<Integer> heard = new CopyOnWriteArrayList<>();
        CountDownLatch fiveTurns = new CountDownLatch(5);
        BackgroundWorker worker = new BackgroundWorker("flaky", Backoff.fixed(Duration.ofMillis(1)), failures -> {
            heard.add(failures);
            fiveTurns.countDown();
            if (heard.size() <= 2 || heard.size() == 4) {
                throw new IllegalStateException("broker away");
            }
        });

        worker.start(1);
        assertThat(fiveTurns.await(10, TimeUnit.SECONDS)).isTrue();
        worker.stop(Duration.ofSeconds(5));

        assertThat(heard.subList(0, 5)).containsExactly(0, 1, 2, 0, 1);
    }

    @Test
    void aStopCutsALongBackoffAndAnIdleWaitShort() throws Exception {
        CountDownLatch failedOnce = new CountDownLatch(1);
        BackgroundWorker backingOff = new BackgroundWorker("backing-off", Backoff.fixed(Duration.ofHours(1)), f -> {
            failedOnce.countDown();
            throw new IllegalStateException("down");
        });
        CountDownLatch idling = new CountDownLatch(1);
        BackgroundWorker[] idle = new BackgroundWorker[1];
        idle[0] = new BackgroundWorker("idle", Backoff.fixed(Duration.ofMillis(1)), f -> {
            idling.countDown();
            idle[0].idle(Duration.ofHours(1));
        });
        backingOff.start(1);
        idle[0].start(2);
        assertThat(failedOnce.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(idling.await(10, TimeUnit.SECONDS)).isTrue();

        long started = System.nanoTime();
        backingOff.stop(Duration.ofSeconds(30));
        idle[0].stop(Duration.ofSeconds(30));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
        assertThat(backingOff.running()).isFalse();
    }

    @Test
    void aWakeUpEndsAnIdleWaitAndStopHooksRun() throws Exception {
        CountDownLatch secondTurn = new CountDownLatch(2);
        BackgroundWorker[] worker = new BackgroundWorker[1];
        AtomicBoolean hookRan = new AtomicBoolean();
        worker[0] = new BackgroundWorker("waking", Backoff.fixed(Duration.ofMillis(1)), f -> {
                    secondTurn.countDown();
                    worker[0].idle(Duration.ofHours(1));
                })
                .onStop(() -> hookRan.set(true));
        worker[0].start(1);

        worker[0].wakeUp();

        assertThat(secondTurn.await(10, TimeUnit.SECONDS)).isTrue();
        worker[0].stop(Duration.ofSeconds(5));
        assertThat(hookRan).isTrue();
    }
}

package nl.opleidingsklimaat.platform.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

class WorkQueueTest {

    @Test
    void takesEverythingWaitingAsOneBatchUpToTheBatchSize() throws Exception {
        CountDownLatch firstBatchTaken = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch allSix = new CountDownLatch(6);
        List<List<Integer>> batches = new CopyOnWriteArrayList<>();
        WorkQueue<Integer> queue = new WorkQueue<Integer>(
                        "the test desk",
                        100,
                        3,
                        batch -> {
                            batches.add(List.copyOf(batch));
                            batch.forEach(item -> allSix.countDown());
                            firstBatchTaken.countDown();
                            await(release);
                        },
                        left -> {})
                .start();

        queue.submit(1);
        assertThat(firstBatchTaken.await(10, TimeUnit.SECONDS)).isTrue();
        for (int i = 2; i <= 6; i++) {
            queue.submit(i);
        }
        release.countDown();
        assertThat(allSix.await(10, TimeUnit.SECONDS)).isTrue();
        queue.stop(Duration.ofSeconds(5));

        assertThat(batches).containsExactly(List.of(1), List.of(2, 3, 4), List.of(5, 6));
    }

    @Test
    void aFullQueueRefusesWithA503AndWhatIsLeftAtStopIsTurnedAway() throws Exception {
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> turnedAway = new CopyOnWriteArrayList<>();
        WorkQueue<Integer> queue = new WorkQueue<Integer>(
                        "the test desk",
                        2,
                        10,
                        batch -> {
                            busy.countDown();
                            await(release);
                        },
                        turnedAway::addAll)
                .start();
        queue.submit(0);
        assertThat(busy.await(10, TimeUnit.SECONDS)).isTrue();
        queue.submit(1);
        queue.submit(2);

        assertThatThrownBy(() -> queue.submit(3)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.type()).isEqualTo(ProblemType.UNAVAILABLE);
            assertThat(e.getMessage())
                    .isEqualTo("The test desk has 2 waiting; nothing was stored, please try again shortly");
        });

        release.countDown();
        queue.stop(Duration.ZERO);
        // the worker may or may not have taken 1 and 2 before the stop; what it did not take is turned away
        assertThat(turnedAway).isSubsetOf(1, 2).doesNotContain(3);
        assertThatThrownBy(() -> queue.submit(4)).isInstanceOf(ProblemException.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

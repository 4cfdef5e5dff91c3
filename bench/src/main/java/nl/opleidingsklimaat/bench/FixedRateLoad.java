package nl.opleidingsklimaat.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * An open-loop load generator: request {@code i} is due at {@code start + i / rate}, whatever happened to the earlier
 * ones, and its latency is measured from that due time, not from when it was actually sent. A slow service therefore
 * shows up as latency instead of quietly lowering the offered rate (no coordinated omission, as in wrk2). Latencies go
 * into an HdrHistogram with microsecond resolution.
 */
public final class FixedRateLoad {
    private final HttpClient client = newClient();

    /** An HTTP/1.1 client whose answers are handled on daemon threads, so a finished run can exit. */
    static HttpClient newClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(4, runnable -> {
                    Thread thread = new Thread(runnable, "load-responses");
                    thread.setDaemon(true);
                    return thread;
                }))
                .build();
    }

    /** What became of request {@code i}, which was due at {@code dueNanos}: a response, or the error instead. */
    @FunctionalInterface
    interface Outcome {
        void of(long i, long dueNanos, HttpResponse<Void> response, Throwable error);
    }

    /**
     * The open-loop core: request {@code i} is sent at {@code start + i / rate} whatever became of the earlier ones.
     * Returns once all are sent; the future completes when all are answered (or failed).
     */
    static CompletableFuture<Void> offer(
            HttpClient client, double rate, long total, LongFunction<HttpRequest> request, Outcome outcome) {
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        double intervalNanos = 1e9 / rate;
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long due = start + (long) (i * intervalNanos);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            long index = i;
            inFlight.add(client.sendAsync(request.apply(i), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, error) -> outcome.of(index, due, response, error)));
            if (inFlight.size() > 256) {
                inFlight.removeIf(CompletableFuture::isDone);
            }
        }
        return CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new));
    }

    public record Result(
            double offeredRate,
            long sent,
            long completed,
            double achievedRate,
            Map<Integer, Long> statuses,
            long failures,
            Histogram latencyMicros) {
        public double percentileMillis(double percentile) {
            return latencyMicros.getValueAtPercentile(percentile) / 1000.0;
        }

        public long count(int status) {
            return statuses.getOrDefault(status, 0L);
        }

        public long non2xx() {
            return statuses.entrySet().stream()
                            .filter(e -> e.getKey() / 100 != 2)
                            .mapToLong(Map.Entry::getValue)
                            .sum()
                    + failures;
        }

        public String summary() {
            return "offered %.0f/s, achieved %.1f/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms, statuses %s, failures %d"
                    .formatted(
                            offeredRate,
                            achievedRate,
                            percentileMillis(50),
                            percentileMillis(99),
                            latencyMicros.getMaxValue() / 1000.0,
                            statuses,
                            failures);
        }
    }

    /** Offers {@code rate} requests per second for {@code duration}; {@code request} builds request number i. */
    public Result run(double rate, Duration duration, LongFunction<HttpRequest> request) {
        long total = (long) (rate * duration.toMillis() / 1000.0);
        return run(rate, total, request);
    }

    /** Offers {@code total} requests at {@code rate} per second. */
    public Result run(double rate, long total, LongFunction<HttpRequest> request) {
        ConcurrentHistogram latency = new ConcurrentHistogram(TimeUnit.SECONDS.toMicros(120), 3);
        Map<Integer, Long> statuses = new ConcurrentHashMap<>();
        AtomicLong failures = new AtomicLong();
        AtomicLong completed = new AtomicLong();
        long start = System.nanoTime();
        CompletableFuture<Void> answered = offer(client, rate, total, request, (i, due, response, error) -> {
            latency.recordValue(Math.max(0, (System.nanoTime() - due) / 1000));
            completed.incrementAndGet();
            if (error != null) {
                failures.incrementAndGet();
            } else {
                statuses.merge(response.statusCode(), 1L, Long::sum);
            }
        });
        try {
            answered.get(120, TimeUnit.SECONDS);
        } catch (Exception someFailed) {
            // counted as failures above
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(
                rate, total, completed.get(), completed.get() / seconds, Map.copyOf(statuses), failures.get(), latency);
    }
}

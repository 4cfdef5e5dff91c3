package nl.opleidingsklimaat.bench;

import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * Fixed-rate load whose every request is accounted for: accepted (2xx), refused with a status, refused because nothing
 * listened (connection refused: certainly not processed) or ambiguous (the connection broke after the request was
 * sent, e.g. a SIGKILL mid-request: the service may or may not have committed). Each request carries a key (a
 * programme code, a link) so accepted and ambiguous keys can be compared with what was stored.
 */
public final class CountedLoad {
    public record Keyed(String key, HttpRequest request) {}

    public static final class Tally {
        public final Set<String> accepted = ConcurrentHashMap.newKeySet();
        public final Set<String> ambiguous = ConcurrentHashMap.newKeySet();
        public final Map<Integer, Long> statuses = new ConcurrentHashMap<>();
        public final AtomicLong connectionRefused = new AtomicLong();
        public final AtomicLong sent = new AtomicLong();

        public String summary() {
            return "sent %d, accepted %d, statuses %s, refused-connection %d, ambiguous %d"
                    .formatted(
                            sent.get(),
                            accepted.size(),
                            new java.util.TreeMap<>(statuses),
                            connectionRefused.get(),
                            ambiguous.size());
        }
    }

    private static final HttpClient CLIENT = FixedRateLoad.newClient();

    private final Tally tally = new Tally();
    private final Map<Long, String> keys = new ConcurrentHashMap<>();
    private final CompletableFuture<Void> answered = new CompletableFuture<>();
    private final Thread thread;

    private CountedLoad(String name, double rate, long total, LongFunction<Keyed> requests) {
        thread = new Thread(
                () -> FixedRateLoad.offer(
                                CLIENT,
                                rate,
                                total,
                                i -> {
                                    Keyed keyed = requests.apply(i);
                                    keys.put(i, keyed.key());
                                    tally.sent.incrementAndGet();
                                    return keyed.request();
                                },
                                this::count)
                        .whenComplete((done, error) -> answered.complete(null)),
                "load-" + name);
        thread.setDaemon(true);
    }

    /** Starts offering {@code total} requests at {@code rate}/s in the background (open loop, as {@link FixedRateLoad}). */
    public static CountedLoad start(String name, double rate, long total, LongFunction<Keyed> requests) {
        CountedLoad load = new CountedLoad(name, rate, total, requests);
        load.thread.start();
        return load;
    }

    private void count(long i, long dueNanos, HttpResponse<Void> response, Throwable error) {
        String key = keys.remove(i);
        if (error == null) {
            tally.statuses.merge(response.statusCode(), 1L, Long::sum);
            if (response.statusCode() / 100 == 2) {
                tally.accepted.add(key);
            }
        } else if (rootCause(error) instanceof ConnectException) {
            tally.connectionRefused.incrementAndGet();
        } else {
            tally.ambiguous.add(key);
        }
    }

    static Throwable rootCause(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && t.getCause() != t && !(t instanceof ConnectException)) {
            t = t.getCause();
        }
        return t;
    }

    /** Waits until every request was offered and answered (or failed). */
    public Tally await() {
        try {
            thread.join();
            answered.get(120, TimeUnit.SECONDS);
        } catch (Exception e) {
            // failures are in the tally
        }
        return tally;
    }

    public Tally tally() {
        return tally;
    }
}

package nl.opleidingsklimaat.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** What the local stack and the tests do with the processes they start: wait for them, clean up after them. */
public final class LocalProcesses {
    private LocalProcesses() {}

    /**
     * Polls {@code uri} every {@code poll} until it answers 200; fails at once when the process is gone and after
     * {@code timeout}, naming {@code what} and its log.
     */
    public static void awaitOk(URI uri, BooleanSupplier alive, Duration timeout, Duration poll, String what, Path log) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!alive.getAsBoolean()) {
                throw new IllegalStateException(what + " exited during start; see " + log);
            }
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(uri)
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            LockSupport.parkNanos(poll.toNanos());
        }
        throw new IllegalStateException(what + " not ready within " + timeout + "; see " + log);
    }

    /** Deletes a directory and everything in it; nothing when it does not exist. */
    public static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

package nl.opleidingsklimaat.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.awaitility.Awaitility;

/** Plain JSON over HTTP/1.1 with a bearer token, for the set-up steps of a scenario (not for measured load). */
public final class Api {
    public static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private Api() {}

    public record Reply(int status, JsonNode body) {
        public Reply expect(int expected) {
            if (status != expected) {
                throw new IllegalStateException("expected " + expected + " but got " + status + ": " + body);
            }
            return this;
        }

        public String text(String field) {
            return body.path(field).asText();
        }
    }

    public static HttpRequest.Builder request(String url, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    public static HttpRequest.BodyPublisher json(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static Reply post(String url, String token, Object body) {
        return send(request(url, token)
                .header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : json(body))
                .build());
    }

    public static Reply get(String url, String token) {
        return send(request(url, token).GET().build());
    }

    public static Reply send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), parse(response.body()));
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException notJson) {
            return JSON.getNodeFactory().textNode(new String(body));
        }
    }

    /** Repeats {@code call} every 100 ms (errors count as "not yet": a service may be restarting) until {@code done} holds. */
    public static <T> T eventually(String what, Duration timeout, Supplier<T> call, Predicate<T> done) {
        return Awaitility.await(what)
                .atMost(timeout)
                .pollInterval(Duration.ofMillis(100))
                .ignoreExceptions()
                .until(call::get, done::test);
    }

    /** Like {@link #eventually}, and then {@code done} must keep holding for {@code holding}. */
    public static <T> T steadily(String what, Duration timeout, Duration holding, Supplier<T> call, Predicate<T> done) {
        return Awaitility.await(what)
                .atMost(timeout.plus(holding))
                .during(holding)
                .pollInterval(Duration.ofMillis(100))
                .ignoreExceptions()
                .until(call::get, done::test);
    }

    /** A step of a scenario's timeline (the load runs on while the broker stays stopped, say); not for waiting on a condition. */
    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

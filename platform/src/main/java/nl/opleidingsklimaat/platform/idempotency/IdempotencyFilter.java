package nl.opleidingsklimaat.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.extensions.Extensions;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * {@code Idempotency-Key} on every POST under {@code /api} (IETF httpapi draft): the first request with a key runs and
 * its response is kept for {@code platform.idempotency.retention}; the same key with the same request (method, path,
 * body) replays that response with {@code Idempotent-Replayed: true}; with another request it is a 422; while the
 * first still runs, a 409. Keys are per client (the token's principal). A 5xx, 401, 403 or 429 is not kept, so a retry
 * runs again. Requests without a token, and operations marked {@link Idempotency#EXTENSION} {@code none}, keep nothing.
 */
public class IdempotencyFilter {
    private static final String CLAIMED = IdempotencyFilter.class.getName() + ".claimed";
    private static final Set<Integer> NOT_KEPT = Set.of(401, 403, 408, 425, 429);
    private static final Set<String> KEPT_HEADERS =
            Set.of(HttpHeaders.LOCATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.ETAG, "Content-Disposition");

    @Inject
    IdempotencyRecords records;

    @Inject
    SecurityIdentity identity;

    @Inject
    ResourceInfo resource;

    @Inject
    ObjectMapper objectMapper;

    private record ClaimedKey(String client, String key) {}

    @ServerRequestFilter
    public Response claim(ContainerRequestContext request) {
        String key = request.getHeaderString(Idempotency.KEY_HEADER);
        if (key == null || !"POST".equals(request.getMethod()) || !appliesTo(request)) {
            return null;
        }
        if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw ProblemException.badRequest("Idempotency-Key must be 1 to 255 visible ASCII characters, e.g. a UUID");
        }
        String client = identity.getPrincipal().getName();
        IdempotencyRecords.Claim claim = records.claim(client, key, fingerprint(request));
        if (claim instanceof IdempotencyRecords.Done done) {
            return replay(done.response());
        }
        if (claim instanceof IdempotencyRecords.Running) {
            throw ProblemException.conflict(
                    "A request with this Idempotency-Key is still being processed; ask again in a moment");
        }
        if (claim instanceof IdempotencyRecords.OtherRequest) {
            throw ProblemException.unprocessable(
                    "This Idempotency-Key was used for another request (another path or body); use a new key");
        }
        request.setProperty(CLAIMED, new ClaimedKey(client, key));
        return null;
    }

    @ServerResponseFilter
    public void keep(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIMED) instanceof ClaimedKey claimed)) {
            return;
        }
        request.removeProperty(CLAIMED);
        int status = response.getStatus();
        byte[] body = status >= 500 || NOT_KEPT.contains(status) ? null : body(response);
        if (body == null) {
            records.release(claimed.client(), claimed.key());
        } else {
            records.complete(claimed.client(), claimed.key(), new StoredResponse(status, headers(response), body));
        }
    }

    private boolean appliesTo(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/api") || identity.isAnonymous()) {
            return false;
        }
        Method method = resource.getResourceMethod();
        if (method == null) {
            return true;
        }
        Extensions several = method.getAnnotation(Extensions.class);
        Extension[] marks = several != null
                ? several.value()
                : method.getAnnotation(Extension.class) == null
                        ? new Extension[0]
                        : new Extension[] {method.getAnnotation(Extension.class)};
        for (Extension mark : marks) {
            if (Idempotency.EXTENSION.equals(mark.name()) && Idempotency.NONE.equals(mark.value())) {
                return false;
            }
        }
        return true;
    }

    private static byte[] fingerprint(ContainerRequestContext request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(request.getUriInfo().getRequestUri().getRawPath().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '?');
            String query = request.getUriInfo().getRequestUri().getRawQuery();
            digest.update((query == null ? "" : query).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            if (request.hasEntity()) {
                byte[] body = request.getEntityStream().readAllBytes();
                request.setEntityStream(new ByteArrayInputStream(body));
                digest.update(body);
            }
            return digest.digest();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response replay(StoredResponse stored) {
        Response.ResponseBuilder replay = Response.status(stored.status())
                .entity(stored.body().length == 0 ? null : stored.body())
                .header(Idempotency.REPLAYED_HEADER, "true");
        stored.headers().forEach(replay::header);
        return replay.build();
    }

    /** The response body as it will be written, or null when it cannot be kept (a stream). */
    private byte[] body(ContainerResponseContext response) {
        Object entity = response.getEntity();
        try {
            if (entity == null) {
                return new byte[0];
            }
            if (entity instanceof byte[] bytes) {
                return bytes;
            }
            if (entity instanceof String text) {
                return text.getBytes(StandardCharsets.UTF_8);
            }
            if (entity instanceof InputStream || entity instanceof StreamingOutput) {
                return null;
            }
            return objectMapper.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static Map<String, String> headers(ContainerResponseContext response) {
        Map<String, String> kept = new LinkedHashMap<>();
        response.getStringHeaders().forEach((name, values) -> {
            if (!values.isEmpty() && KEPT_HEADERS.stream().anyMatch(name::equalsIgnoreCase)) {
                kept.put(name, values.get(0));
            }
        });
        if (response.getMediaType() != null) {
            kept.putIfAbsent(HttpHeaders.CONTENT_TYPE, response.getMediaType().toString());
        }
        return kept;
    }
}

package nl.opleidingsklimaat.platform.ratelimit;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import nl.opleidingsklimaat.platform.problem.ProblemResponses;
import nl.opleidingsklimaat.platform.problem.ProblemType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Per-client rate limits on the API and the pages ({@link RateLimits}; the service's own {@code /q/} endpoints aside):
 * over its limit a client gets 429 problem+json with {@code Retry-After}, and the service keeps its capacity for
 * everyone else. A client is the token's principal; requests without a token (personal links, poll pages, join codes
 * tried one after another) count per remote address.
 */
public class RateLimitFilter {
    @Inject
    RateLimits limits;

    @Inject
    SecurityIdentity identity;

    @Inject
    ProblemResponses problems;

    @Inject
    MeterRegistry registry;

    @ServerRequestFilter
    public Response limit(ContainerRequestContext request, HttpServerRequest httpRequest) {
        if (request.getUriInfo().getPath().startsWith("/q/")) {
            return null;
        }
        boolean anonymous = identity.isAnonymous();
        String client = anonymous
                ? (httpRequest.remoteAddress() == null
                        ? "?"
                        : httpRequest.remoteAddress().hostAddress())
                : identity.getPrincipal().getName();
        Optional<Duration> wait = limits.take(client, anonymous);
        if (wait.isEmpty()) {
            return null;
        }
        registry.counter("platform.rate-limit.refused").increment();
        long seconds = Math.max(1, wait.get().toSeconds() + (wait.get().toNanosPart() > 0 ? 1 : 0));
        Response refusal = problems.build(
                ProblemType.TOO_MANY_REQUESTS,
                "Too many requests from this client; try again in " + seconds + " s",
                List.of(),
                request.getUriInfo());
        return Response.fromResponse(refusal)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                .build();
    }
}

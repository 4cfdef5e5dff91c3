package nl.opleidingsklimaat.platform.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Answers an over-long address with a 414 problem instead of the HTTP layer's empty 414: the server accepts request
 * lines up to {@code quarkus.http.limits.max-initial-line-length} (16 KB) and this filter refuses anything over 8 KB,
 * so a mistyped or hostile link still gets an explanation.
 */
public class RequestLineLimit {
    static final int MAX_URI_LENGTH = 8192;

    @ServerRequestFilter(preMatching = true, priority = 5100)
    public void onRequest(ContainerRequestContext request) {
        if (request.getUriInfo().getRequestUri().getRawPath().length() + rawQueryLength(request) > MAX_URI_LENGTH) {
            throw new ProblemException(
                    ProblemType.URI_TOO_LONG, "The address is longer than " + MAX_URI_LENGTH + " characters");
        }
    }

    private static int rawQueryLength(ContainerRequestContext request) {
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        return query == null ? 0 : query.length() + 1;
    }
}

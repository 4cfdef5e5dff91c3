package nl.opleidingsklimaat.platform.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Builds problem+json responses with the request path and correlation id filled in. */
@ApplicationScoped
public class ProblemResponses {
    /** A busy service asks to be tried again after this many seconds. */
    static final String RETRY_AFTER_SECONDS = "2";

    @Inject
    CorrelationId correlationId;

    public Response build(ProblemType type, String detail, List<Problem.Violation> violations, UriInfo uri) {
        Problem problem = new Problem(
                type.uri(),
                type.title(),
                type.status(),
                detail,
                uri == null ? null : "/" + uri.getPath().replaceFirst("^/", ""),
                correlationId.value(),
                violations);
        Response.ResponseBuilder response = Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .header(CorrelationId.HEADER, correlationId.value());
        if (type == ProblemType.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        if (type == ProblemType.UNAVAILABLE) {
            response.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return response.build();
    }

    public String correlationId() {
        return correlationId.value();
    }
}

package nl.opleidingsklimaat.platform.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Adopts or creates the correlation id, puts it in the log context and echoes it on every response. */
public class CorrelationIdFilter {
    @Inject
    CorrelationId correlationId;

    @ServerRequestFilter(preMatching = true)
    public void onRequest(ContainerRequestContext request) {
        correlationId.adopt(request.getHeaderString(CorrelationId.HEADER));
        MDC.put("correlationId", correlationId.value());
        MDC.put("requestId", correlationId.requestId());
    }

    @ServerResponseFilter
    public void onResponse(ContainerResponseContext response) {
        response.getHeaders().putSingle(CorrelationId.HEADER, correlationId.value());
    }
}

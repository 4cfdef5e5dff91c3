package nl.opleidingsklimaat.platform.conditional;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every successful GET (and HEAD) under {@code /api} carries an {@code ETag}; a GET whose {@code If-None-Match} names it gets 304
 * without a body, so a dashboard polling a report or a list pays for nothing when nothing changed.
 */
public class EntityTagFilter {
    @Inject
    EntityTags tags;

    @ServerResponseFilter
    public void tag(ContainerRequestContext request, ContainerResponseContext response) {
        if (!("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                || response.getStatus() != 200
                || !request.getUriInfo().getPath().startsWith("/api")
                || response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            return;
        }
        String tag = tags.of(response.getEntity());
        if (tag == null) {
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        if (EntityTags.listedWeakly(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }
}

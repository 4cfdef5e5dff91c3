package nl.opleidingsklimaat.events.trainingevent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import nl.opleidingsklimaat.events.EventsConfig;

/** Absolute addresses of the service's pages, as a phone outside the service reaches them (links, QR codes). */
@ApplicationScoped
public class PageAddresses {
    @Inject
    EventsConfig config;

    /** {@code path} ("/poll/K7M3QD") under the configured public address, or else the one the request came to. */
    public URI of(UriInfo request, String path) {
        String base = config.pageBaseUrl()
                .map(URI::toString)
                .orElseGet(() -> request.getBaseUri().toString());
        return URI.create(base.replaceAll("/+$", "") + path);
    }
}

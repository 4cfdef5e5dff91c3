package nl.opleidingsklimaat.platform.page;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The headers every response carries, pages above all. A page is opened from a personal link (the link's token is in its
 * path), so it loads nothing from elsewhere, sends no Referer anywhere, is never framed and never cached.
 */
public class PageHeaders {
    /** Only the service's own stylesheet, images and scripts; forms post only back to the service. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:;"
            + " script-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    @ServerResponseFilter
    public void onResponse(ContainerResponseContext response) {
        var headers = response.getHeaders();
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("Referrer-Policy", "no-referrer");
        // on every response, also JSON and problem+json: nothing the services send may load or run anything
        headers.putSingle("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        if (isPage(response)) {
            headers.putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }

    /** A page: HTML, or a template whose media type is only settled when it is written. */
    private static boolean isPage(ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        return type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE)
                || type == null && response.getEntity() instanceof TemplateInstance;
    }
}

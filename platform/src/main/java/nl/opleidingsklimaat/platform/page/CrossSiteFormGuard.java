package nl.opleidingsklimaat.platform.page;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.Set;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a form post that another site's page made the browser send (cross-site request forgery). Browsers say where
 * a request comes from in {@code Sec-Fetch-Site} (all current ones) or {@code Origin}; a form of our own pages is
 * same-origin. A caller that is no browser sends neither and cannot be tricked into posting, so it passes.
 */
public class CrossSiteFormGuard {
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data");
    private static final Set<String> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @ServerRequestFilter(preMatching = true)
    public void onRequest(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod()) || !isForm(request.getMediaType())) {
            return;
        }
        String site = request.getHeaderString("Sec-Fetch-Site");
        if (site != null) {
            if (!site.equals("same-origin") && !site.equals("none")) {
                throw refused();
            }
            return;
        }
        String origin = request.getHeaderString("Origin");
        if (origin != null && !sameAuthority(origin, request.getHeaderString(HttpHeaders.HOST))) {
            throw refused();
        }
    }

    private static boolean isForm(MediaType type) {
        return type != null && FORM_TYPES.contains(type.getType() + "/" + type.getSubtype());
    }

    private static boolean sameAuthority(String origin, String host) {
        try {
            return host != null && host.equalsIgnoreCase(URI.create(origin).getRawAuthority());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static ProblemException refused() {
        return ProblemException.forbidden("A form may only be sent from this service's own pages");
    }
}

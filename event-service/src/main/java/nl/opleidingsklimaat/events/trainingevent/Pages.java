package nl.opleidingsklimaat.events.trainingevent;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.opleidingsklimaat.platform.problem.ProblemException;

/**
 * Responses of the service's pages: HTML with its status and charset (the platform's PageHeaders add the
 * Content-Security-Policy and no-store to every page), and the notice a participant sees instead of a problem+json document
 * when a page cannot do what was asked: in Dutch, without the request's details (a link's token never appears in it).
 */
public final class Pages {
    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    private Pages() {}

    public static Response.ResponseBuilder html(int status, TemplateInstance page) {
        return Response.status(status).type(HTML).entity(page);
    }

    public static Response ok(TemplateInstance page) {
        return html(200, page).build();
    }

    @CheckedTemplate(basePath = "pages")
    static class Templates {
        static native TemplateInstance notice(String title, String message);
    }

    public static Response notice(int status, String title, String message) {
        return html(status, Templates.notice(title, message)).build();
    }

    /** A personal link that is unknown, or was replaced by a newer one: the page does not say which. */
    public static Response unknownLink() {
        return notice(404, "Link onbekend", "Deze link is onbekend of vervangen door een nieuwe.");
    }

    /** A rule of the service refused a page's request: say so in Dutch, by the kind of refusal. */
    public static Response of(ProblemException problem) {
        int status = problem.type().status();
        return switch (status) {
            case 404 -> unknownLink();
            case 410 ->
                notice(
                        410,
                        "Aanbod verlopen",
                        "Het aanbod is verlopen: de plaats is naar de volgende op de wachtlijst gegaan.");
            case 403 -> notice(403, "Niet toegestaan", "Dit kan alleen wie aan de bijeenkomst heeft deelgenomen.");
            default ->
                notice(
                        status >= 400 && status < 500 ? status : 409,
                        "Dat kan nu niet",
                        "Dit kan op dit moment niet (meer). Ga terug en laad de pagina opnieuw.");
        };
    }
}

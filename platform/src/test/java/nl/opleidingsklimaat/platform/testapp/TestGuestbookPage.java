package nl.opleidingsklimaat.platform.testapp;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A page with a form, as a service's pages are built: the platform layout, a plain form post. */
@Path("/test-guestbook")
public class TestGuestbookPage {
    public static final List<String> ENTRIES = new CopyOnWriteArrayList<>();

    @Inject
    Template guestbook;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance page() {
        return guestbook.data("entries", ENTRIES);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance sign(@FormParam("name") String name) {
        ENTRIES.add(name);
        return guestbook.data("entries", ENTRIES);
    }
}

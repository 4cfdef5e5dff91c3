package nl.opleidingsklimaat.events.registration;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import nl.opleidingsklimaat.events.attendance.Certificate;
import nl.opleidingsklimaat.events.attendance.CertificateService;
import nl.opleidingsklimaat.events.trainingevent.Pages;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A participant's own registration page, reached through their personal link (the token in the path, which the page
 * headers keep out of any Referer): the registration confirmed, an offered seat to take, and once the event is held,
 * the evaluation and the certificate.
 */
@Path("/registration/{token}")
@Produces(MediaType.TEXT_HTML)
public class RegistrationPage {
    @Inject
    RegistrationService registrations;

    @Inject
    CertificateService certificates;

    @CheckedTemplate(basePath = "registration")
    static class Templates {
        static native TemplateInstance registration(RegistrationPageView registration, String token);
    }

    @GET
    @Operation(hidden = true)
    public Response page(@PathParam("token") String token) {
        return registrations
                .pageByLink(token)
                .map(view -> Pages.ok(Templates.registration(view, token)))
                .orElseGet(Pages::unknownLink);
    }

    @POST
    @Path("/confirmation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response confirm(@PathParam("token") String token) {
        registrations.confirmByLink(token);
        return Response.seeOther(URI.create("/registration/" + token)).build();
    }

    @GET
    @Path("/certificate.pdf")
    @Produces({"application/pdf", MediaType.TEXT_HTML})
    @Operation(hidden = true)
    public Response certificate(@PathParam("token") String token) {
        Certificate certificate = certificates.certificateByLink(token);
        return Response.ok(certificate.toPdf(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + certificate.fileName() + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    /** Refusals as a Dutch page, not problem+json, and without the link's token. */
    @ServerExceptionMapper
    public Response refused(ProblemException problem) {
        return Pages.of(problem);
    }
}

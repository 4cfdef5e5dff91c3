package nl.opleidingsklimaat.events.evaluation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import nl.opleidingsklimaat.events.trainingevent.Pages;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The attendee's evaluation of a held event and the organiser's take-home messages, reached from their registration
 * page (the personal link). A plain form: the same rules, and the same once per attendee, as the API.
 */
@Path("/registration/{token}/evaluation")
@Produces(MediaType.TEXT_HTML)
public class EvaluationPage {
    /** The words of a rating's values 1 to 5 (the API's scale). */
    static final List<String> SCALE = List.of("slecht", "matig", "voldoende", "goed", "uitstekend");

    @Inject
    EvaluationService evaluations;

    @CheckedTemplate(basePath = "evaluation")
    static class Templates {
        static native TemplateInstance evaluation(
                EvaluationPageView evaluation, String token, EvaluationForm form, List<String> scale);
    }

    @GET
    @Operation(hidden = true)
    public Response page(@PathParam("token") String token) {
        return evaluations
                .pageByLink(token)
                .map(view -> Pages.ok(Templates.evaluation(view, token, EvaluationForm.empty(), SCALE)))
                .orElseGet(Pages::unknownLink);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response answer(
            @PathParam("token") String token,
            @FormParam("overall") String overall,
            @FormParam("relevance") String relevance,
            @FormParam("takeHome") String takeHome) {
        Optional<EvaluationPageView> view = evaluations.pageByLink(token);
        if (view.isEmpty()) {
            return Pages.unknownLink();
        }
        EvaluationForm form = EvaluationForm.of(overall, relevance, takeHome);
        if (!form.valid() || !view.get().mayEvaluate()) {
            return Pages.html(
                            view.get().mayEvaluate() ? 422 : 409, Templates.evaluation(view.get(), token, form, SCALE))
                    .build();
        }
        evaluations.answerByLink(token, form.request());
        return Response.seeOther(URI.create("/registration/" + token + "/evaluation"))
                .build();
    }

    /** Refusals as a Dutch page, not problem+json, and without the link's token. */
    @ServerExceptionMapper
    public Response refused(ProblemException problem) {
        return Pages.of(problem);
    }
}

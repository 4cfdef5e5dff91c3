package nl.opleidingsklimaat.survey.answer;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.platform.problem.ProblemType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The questionnaire behind the personal link in the invitation mail, as pages for a browser: a plain form that works
 * without JavaScript, Dutch unless English is asked for. The rules are {@link AnswerService}'s, as for the JSON API;
 * a link that cannot be used (unknown, used, closed, not open) gets one page that does not say which. Not in the
 * OpenAPI document: these are pages, not API operations.
 */
@Path("/vragenlijst")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class QuestionnairePage {
    static final String THANKS = "bedankt";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance questionnaire(QuestionnaireForm form);

        static native TemplateInstance thanks(ThanksView thanks);

        static native TemplateInstance unavailable(PageLanguage language);
    }

    @Inject
    AnswerService answers;

    @Inject
    QuestionnaireForms forms;

    @GET
    @Path("{token}")
    @Operation(hidden = true)
    public Response questionnaire(@PathParam("token") String token, @QueryParam("lang") PageLanguage lang) {
        PageLanguage language = PageLanguage.of(lang);
        try {
            return page(
                    Response.Status.OK,
                    Templates.questionnaire(forms.blank(answers.opened(token, language), language)),
                    language);
        } catch (ProblemException e) {
            return unavailable(e, language);
        }
    }

    /**
     * Submits the form. Valid answers are stored and the browser is sent on to the thank-you page (so a reload sends
     * nothing twice and the link leaves the address bar); invalid ones come back with every answer kept and an error
     * next to each question concerned.
     */
    @POST
    @Path("{token}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response submit(
            @PathParam("token") String token,
            @QueryParam("lang") PageLanguage lang,
            MultivaluedMap<String, String> posted) {
        PageLanguage language = PageLanguage.of(lang);
        String submission = QuestionnaireForms.submission(posted);
        AnswerService.Opened opened;
        try {
            opened = answers.opened(token, language);
        } catch (ProblemException e) {
            return unusable(e, token, submission, lang);
        }
        AnswerRequest request = forms.request(opened.questionnaire(), posted);
        try {
            AnswerService.Submitted submitted = answers.submitted(token, request, submission);
            Response.ResponseBuilder redirect = thanksAfterSubmit(lang);
            if (submitted.result().wellbeing() != null) {
                redirect.cookie(OwnResultCookie.of(
                        submitted.instrumentId(), submitted.result().wellbeing()));
            }
            return redirect.build();
        } catch (ProblemException e) {
            if (e.type() == ProblemType.VALIDATION) {
                return page(
                        Response.Status.BAD_REQUEST,
                        Templates.questionnaire(
                                forms.withErrors(opened, language, request, e.violations(), submission)),
                        language);
            }
            return unusable(e, token, submission, lang);
        }
    }

    /**
     * A post the link cannot take: the thank-you page when this very form was stored before (a double click, or a
     * reload of the post), otherwise the one page for every unusable link.
     */
    private Response unusable(ProblemException e, String token, String submission, PageLanguage lang) {
        if (e.type().status() == 409 && answers.submittedBefore(token, submission)) {
            return thanksAfterSubmit(lang).build();
        }
        return unavailable(e, PageLanguage.of(lang));
    }

    private static Response.ResponseBuilder thanksAfterSubmit(PageLanguage lang) {
        return Response.seeOther(URI.create("/vragenlijst/" + THANKS + (lang == null ? "" : "?lang=" + lang.tag())));
    }

    /** Thank you; for the thermometer once with the resident's own result, which the page then forgets. */
    @GET
    @Path(THANKS)
    @Operation(hidden = true)
    public Response thanks(
            @QueryParam("lang") PageLanguage lang, @CookieParam(OwnResultCookie.NAME) String ownResultCookie) {
        PageLanguage language = PageLanguage.of(lang);
        SubmitResult.WellbeingResult ownResult = OwnResultCookie.read(ownResultCookie)
                .flatMap(own -> answers.ownResult(own.instrumentId(), own.values(), language))
                .orElse(null);
        Response.ResponseBuilder response = Response.ok(
                Templates.thanks(new ThanksView(language, ownResult)).setLocale(language.locale()));
        if (ownResultCookie != null) {
            response.cookie(OwnResultCookie.cleared());
        }
        return response.header(HttpHeaders.CONTENT_LANGUAGE, language.tag()).build();
    }

    /**
     * Unknown, used, closed or not yet open: one page and one status (404) for all, so that the page does not tell
     * whoever holds a link whether it ever worked or whether its resident answered (see the README).
     */
    private static Response unavailable(ProblemException e, PageLanguage language) {
        int status = e.type().status();
        if (status != 404 && status != 409 && status != 410) {
            throw e;
        }
        return page(Response.Status.NOT_FOUND, Templates.unavailable(language), language);
    }

    private static Response page(Response.Status status, TemplateInstance page, PageLanguage language) {
        return Response.status(status)
                .entity(page.setLocale(language.locale()))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .build();
    }
}

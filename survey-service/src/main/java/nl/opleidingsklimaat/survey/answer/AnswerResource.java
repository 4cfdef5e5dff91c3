package nl.opleidingsklimaat.survey.answer;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.opleidingsklimaat.platform.idempotency.Idempotency;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The resident's side: the personal link is the only credential (no bearer token, no identity). */
@Path("/api/answers/{token}")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Answers", description = "Answering a questionnaire by personal single-use link; anonymous by construction")
public class AnswerResource {
    static final String LINK = "The single-use link from the resident's invitation mail: the only credential of this"
            + " path, good for one questionnaire, once";

    @Inject
    AnswerService answers;

    @GET
    @Operation(
            summary = "Open the questionnaire of a personal link",
            description = "The questions by domain, with the answer options of each scale.")
    @APIResponse(
            responseCode = "200",
            description = "The questionnaire",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = QuestionnaireView.class),
                            examples = @ExampleObject(name = "questionnaire", value = AnswerExamples.QUESTIONNAIRE)))
    @APIResponse(
            responseCode = "404",
            description = "Unknown link, or its questionnaire has closed (links are forgotten at closing)")
    @APIResponse(responseCode = "409", description = "The link was already used")
    @APIResponse(responseCode = "410", description = "The campaign closed while the answer was on its way")
    public QuestionnaireView questionnaire(@PathParam("token") @Parameter(description = LINK) String token) {
        return answers.questionnaire(token);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    // the link is single-use and the answer sealed: no Idempotency-Key record may tie a caller to a fingerprint of it
    @Extension(name = Idempotency.EXTENSION, value = Idempotency.NONE)
    @Operation(
            summary = "Submit the answers of a personal link",
            description =
                    "Every required item answered, values on the item's scale, no unknown items, open answers at most the item's length. Invalid answers store nothing and leave the link usable. A link is used once: of concurrent submits exactly one wins, the others get 409. The answers are sealed (encrypted) until the campaign closes and then stored with nothing that links them to the link or the resident. The thermometer returns the resident's own result with where to get help; it is not stored.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AnswerRequest.class),
                            examples = @ExampleObject(name = "answers", value = AnswerExamples.ANSWERS)))
    @APIResponse(
            responseCode = "200",
            description = "Stored anonymously",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SubmitResult.class),
                            examples = @ExampleObject(name = "result", value = AnswerExamples.RESULT)))
    @APIResponse(responseCode = "400", description = "Invalid answers (violations per answer); nothing stored")
    @APIResponse(
            responseCode = "404",
            description = "Unknown link, or its questionnaire has closed (links are forgotten at closing)")
    @APIResponse(responseCode = "409", description = "The link was already used")
    @APIResponse(responseCode = "410", description = "The campaign closed while the answer was on its way")
    public SubmitResult submit(
            @PathParam("token") @Parameter(description = LINK) String token, @NotNull @Valid AnswerRequest request) {
        return answers.submit(token, request);
    }
}

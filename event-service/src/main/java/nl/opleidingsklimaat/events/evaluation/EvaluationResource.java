package nl.opleidingsklimaat.events.evaluation;

import io.quarkus.security.Authenticated;
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
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import nl.opleidingsklimaat.platform.idempotency.Idempotency;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/training-events/{eventId}/evaluation")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluation", description = "The evaluation questionnaire for attendees and its results per event")
public class EvaluationResource {
    @Inject
    EvaluationService service;

    @POST
    @Path("/answers")
    // a sealed answer: no Idempotency-Key record may tie the person to a fingerprint of it
    @Extension(name = Idempotency.EXTENSION, value = Idempotency.NONE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Evaluate an event",
            description =
                    "Checked-in attendees of a held event answer once. The answer is sealed and stored "
                            + "only together with at least 3 others, in shuffled order, so it cannot be traced back to who gave it.")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = EvaluationRequest.class),
                            examples =
                                    @ExampleObject(
                                            name = "evaluation",
                                            value =
                                                    "{\"overall\":4,\"relevance\":5,\"takeHome\":\"Welzijn structureel agenderen\"}")))
    @APIResponse(responseCode = "204", description = "Recorded")
    @APIResponse(responseCode = "403", description = "Not an attendee of this event")
    @APIResponse(responseCode = "409", description = "Already evaluated, or the event has not been held")
    public Response answer(@PathParam("eventId") UUID eventId, @NotNull @Valid EvaluationRequest request) {
        service.answer(eventId, request);
        return Response.noContent().build();
    }

    @GET
    @Operation(
            summary = "Evaluation results of an event",
            description =
                    "Organisers only: means and participants' take-home messages over the "
                            + "counted answers, and the take-home messages the organiser recorded. Answers are counted in groups of at least 4 (a new answer waits, "
                            + "sealed, until at least 4 wait), so nothing shows below 4 answers and no single answer can be isolated by reading before and after it.")
    @APIResponse(
            responseCode = "200",
            description = "The results",
            content =
                    @Content(
                            schema = @Schema(implementation = EvaluationResults.class),
                            examples = @ExampleObject(name = "results", value = EvaluationExamples.RESULTS)))
    public EvaluationResults results(@PathParam("eventId") UUID eventId) {
        return service.results(eventId);
    }
}

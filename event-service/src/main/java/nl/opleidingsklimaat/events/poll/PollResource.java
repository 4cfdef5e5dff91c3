package nl.opleidingsklimaat.events.poll;

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

@Path("/api/polls")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Live polls",
        description =
                "Questions during a session: opened and closed by the organiser, answered anonymously once per participant")
public class PollResource {
    @Inject
    PollService service;

    @POST
    @Path("/{id}/opening")
    @Operation(summary = "Open a poll", description = "Organisers open a prepared poll during a published event.")
    @APIResponse(
            responseCode = "200",
            description = "The open poll",
            content =
                    @Content(
                            schema = @Schema(implementation = PollView.class),
                            examples = @ExampleObject(name = "poll", value = PollExamples.POLL_VIEW)))
    @APIResponse(responseCode = "409", description = "Already open or closed, or the event is not published")
    public PollView open(@PathParam("id") UUID id) {
        return service.open(id);
    }

    @POST
    @Path("/{id}/closing")
    @Operation(summary = "Close a poll", description = "Organisers close an open poll; it takes no more answers.")
    @APIResponse(responseCode = "200", description = "The closed poll")
    @APIResponse(responseCode = "409", description = "Not open")
    public PollView close(@PathParam("id") UUID id) {
        return service.close(id);
    }

    @POST
    @Path("/{id}/answers")
    // a sealed answer: no Idempotency-Key record may tie the person to a fingerprint of it
    @Extension(name = Idempotency.EXTENSION, value = Idempotency.NONE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Answer a poll",
            description = "A registered participant answers an open poll once. The answer is sealed and stored only "
                    + "together with at least 3 others, in shuffled order, so it cannot be traced back to who gave it.")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = PollAnswerRequest.class),
                            examples = {
                                @ExampleObject(name = "scale", value = "{\"value\":7}"),
                                @ExampleObject(name = "multiple choice", value = "{\"option\":\"Goed\"}"),
                                @ExampleObject(name = "word cloud", value = "{\"text\":\"veerkracht\"}")
                            }))
    @APIResponse(responseCode = "204", description = "Answer recorded")
    @APIResponse(responseCode = "400", description = "The answer does not fit the poll")
    @APIResponse(responseCode = "404", description = "No such poll, or not a registered participant of its event")
    @APIResponse(responseCode = "409", description = "Already answered, or the poll is not open")
    public Response answer(@PathParam("id") UUID id, @NotNull @Valid PollAnswerRequest request) {
        service.answer(id, request);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/results")
    @Operation(
            summary = "Live results of a poll",
            description = "For the organisers and the event's registered participants. Counts (and, for a "
                    + "scale, the mean) are over the counted answers only: answers are added in groups of at least 4 (a new answer waits, sealed, until at "
                    + "least 4 wait), so nothing shows below 4 answers and no single answer can be isolated by reading before and after it. Of a quiz, "
                    + "once closed: the correct option(s), and from 4 counted answers the share that was correct.")
    @APIResponse(
            responseCode = "200",
            description = "The results, or nothing while fewer than the minimum are counted",
            content =
                    @Content(
                            schema = @Schema(implementation = PollResults.class),
                            examples = {
                                @ExampleObject(name = "shown", value = PollExamples.RESULTS),
                                @ExampleObject(name = "too few answers", value = PollExamples.WITHHELD),
                                @ExampleObject(name = "closed quiz", value = PollExamples.QUIZ_RESULTS)
                            }))
    @APIResponse(responseCode = "404", description = "No such poll, or not a participant or organiser")
    public PollResults results(@PathParam("id") UUID id) {
        return service.results(id);
    }
}

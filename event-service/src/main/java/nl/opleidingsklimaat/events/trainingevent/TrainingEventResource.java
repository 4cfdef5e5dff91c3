package nl.opleidingsklimaat.events.trainingevent;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.UUID;
import nl.opleidingsklimaat.platform.conditional.Conditional;
import nl.opleidingsklimaat.platform.paging.Page;
import nl.opleidingsklimaat.platform.paging.PageRequest;
import nl.opleidingsklimaat.platform.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/training-events")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Training events",
        description =
                "Professionalisation events (verdiepingsdag, symposium, workshop, ronde tafel) and their programmes")
public class TrainingEventResource {

    @Inject
    TrainingEventService service;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Create a training event (draft)",
            description =
                    "An institution's COC creates events for its institution, a region's "
                            + "coordinators and education advisors for the region. The event starts as a draft that only its organisers see. A programme may "
                            + "be given at once; it must exactly fill the session. Competence weights, when given, must sum to 100%.")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = TrainingEventRequest.class),
                            examples = {
                                @ExampleObject(name = "verdiepingsdag", value = TrainingEventExamples.CREATE),
                                @ExampleObject(name = "two-day congress", value = TrainingEventExamples.CONGRESS)
                            }))
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the event",
            content =
                    @Content(
                            schema = @Schema(implementation = TrainingEventView.class),
                            examples = @ExampleObject(name = "event", value = TrainingEventExamples.VIEW)))
    @APIResponse(responseCode = "403", description = "The caller does not organise for this institution or region")
    @APIResponse(responseCode = "404", description = "The organising institution is unknown or out of scope")
    @APIResponse(
            responseCode = "422",
            description = "Programme overrun or overlap, weights not summing to 100, missing location or link, ...",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = {
                                @ExampleObject(name = "overrun", value = TrainingEventExamples.OVERRUN),
                                @ExampleObject(name = "weights", value = TrainingEventExamples.WEIGHTS)
                            }))
    public Response create(@NotNull @Valid TrainingEventRequest request, @Context UriInfo uri) {
        TrainingEventView created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.id().toString())
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Operation(
            summary = "List training events",
            description = "Published, cancelled and held events for everyone signed in; drafts only for their "
                    + "organisers (a machine token: those of the institutions or region in its scope; without any scope claim it gets an empty list). Seats "
                    + "taken and waiting are shown to others than the organisers only when 0 or at least 4. Ordered by date and start time; filter by "
                    + "status, kind and first date.")
    @APIResponse(
            responseCode = "200",
            description = "One page of events",
            content =
                    @Content(
                            schema = @Schema(implementation = Page.class),
                            examples = @ExampleObject(name = "page", value = TrainingEventExamples.PAGE)))
    public Page<TrainingEventView> list(
            @QueryParam("status") @Parameter(description = "draft, published, cancelled or held", example = "published")
                    TrainingEventStatus status,
            @QueryParam("kind") @Parameter(description = "deepening-day, symposium, workshop, round-table or training")
                    TrainingEventKind kind,
            @QueryParam("from") @Parameter(description = "First date (ISO)", example = "2026-09-01") LocalDate from,
            @BeanParam @Valid PageRequest page) {
        return service.list(status, kind, from, page);
    }

    @GET
    @Path("/{id}")
    @Operation(
            summary = "Get a training event",
            description =
                    "The event with its programme laid out on the clock, net teaching time and accreditation points.")
    @APIResponse(
            responseCode = "200",
            description = "The event",
            content =
                    @Content(
                            schema = @Schema(implementation = TrainingEventView.class),
                            examples = @ExampleObject(name = "event", value = TrainingEventExamples.VIEW)))
    @APIResponse(responseCode = "404", description = "No such event, or a draft of another organiser")
    public TrainingEventView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}")
    @Operation(
            summary = "Change a training event",
            description =
                    "Replaces the event's description (draft or published). The organiser cannot change; "
                            + "the capacity cannot drop below the seats taken; a programme that no longer fits new times is rejected.")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = TrainingEventRequest.class),
                            examples = {
                                @ExampleObject(name = "verdiepingsdag", value = TrainingEventExamples.CREATE),
                                @ExampleObject(name = "two-day congress", value = TrainingEventExamples.CONGRESS)
                            }))
    @APIResponse(
            responseCode = "200",
            description = "The changed event",
            content =
                    @Content(
                            schema = @Schema(implementation = TrainingEventView.class),
                            examples = @ExampleObject(name = "event", value = TrainingEventExamples.VIEW)))
    @APIResponse(responseCode = "409", description = "Cancelled or held, or capacity below the seats taken")
    @APIResponse(responseCode = "422", description = "A rule of the event is broken")
    @Extension(name = Conditional.IF_MATCH, value = Conditional.OPTIONAL)
    public TrainingEventView replace(@PathParam("id") UUID id, @NotNull @Valid TrainingEventRequest request) {
        return service.replace(id, request);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/programme")
    @Extension(name = Conditional.IF_MATCH, value = Conditional.OPTIONAL)
    @Operation(
            summary = "Set the programme",
            description =
                    "Replaces the programme (of an event over more than one day: of the day given, the first by default). Items run in the order given from the session's start; the "
                            + "service computes each item's clock times. The items must fill the session exactly: no overrun, no unfilled time, and an item's "
                            + "optional plannedStart must be where the previous item ends (no overlap, no gap). Breaks and intermezzi do not count as teaching time.")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = ProgrammeRequest.class),
                            examples =
                                    @ExampleObject(
                                            name = "verdiepingsdag 13:00-17:00",
                                            value = TrainingEventExamples.PROGRAMME)))
    @APIResponse(
            responseCode = "200",
            description = "The event with the programme on the clock",
            content =
                    @Content(
                            schema = @Schema(implementation = TrainingEventView.class),
                            examples = @ExampleObject(name = "event", value = TrainingEventExamples.VIEW)))
    @APIResponse(responseCode = "409", description = "The event is cancelled or held")
    @APIResponse(
            responseCode = "422",
            description = "The programme does not fit the session",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "overrun", value = TrainingEventExamples.OVERRUN)))
    public TrainingEventView replaceProgramme(
            @PathParam("id") UUID id,
            @QueryParam("day")
                    @DefaultValue("1")
                    @Min(1)
                    @Max(14)
                    @Parameter(
                            description = "Of an event over more than one day: which day (1 = the first)",
                            example = "1")
                    int day,
            @NotNull @Valid ProgrammeRequest request) {
        return service.replaceProgramme(id, day, request);
    }

    @POST
    @Path("/{id}/publication")
    @Extension(name = Conditional.IF_MATCH, value = Conditional.OPTIONAL)
    @Operation(
            summary = "Publish a draft",
            description = "Opens the event for registration and announces TrainingEventPublished on training-events.v1 "
                    + "(points and competence weights included). Needs a programme and a date that has not passed.")
    @APIResponse(
            responseCode = "200",
            description = "The published event",
            content =
                    @Content(
                            schema = @Schema(implementation = TrainingEventView.class),
                            examples = @ExampleObject(name = "event", value = TrainingEventExamples.VIEW)))
    @APIResponse(responseCode = "409", description = "Not a draft")
    @APIResponse(responseCode = "422", description = "No programme, or the date has passed")
    public TrainingEventView publish(@PathParam("id") UUID id) {
        return service.publish(id);
    }

    @POST
    @Path("/{id}/cancellation")
    @Extension(name = Conditional.IF_MATCH, value = Conditional.OPTIONAL)
    @Operation(
            summary = "Cancel an event",
            description = "A draft or published event is cancelled; registration closes.")
    @APIResponse(
            responseCode = "200",
            description = "The cancelled event",
            content =
                    @Content(
                            schema = @Schema(implementation = TrainingEventView.class),
                            examples = @ExampleObject(name = "event", value = TrainingEventExamples.VIEW)))
    @APIResponse(responseCode = "409", description = "Already cancelled or held")
    public TrainingEventView cancel(@PathParam("id") UUID id) {
        return service.cancel(id);
    }

    @POST
    @Path("/{id}/take-home-messages")
    @Extension(name = Conditional.IF_MATCH, value = Conditional.OPTIONAL)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Record a take-home message",
            description = "The organiser records a take-home message formulated during the session.")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = TakeHomeMessage.class),
                            examples = @ExampleObject(name = "message", value = TrainingEventExamples.TAKE_HOME)))
    @APIResponse(
            responseCode = "200",
            description = "The event with its messages",
            content =
                    @Content(
                            schema = @Schema(implementation = TrainingEventView.class),
                            examples = @ExampleObject(name = "event", value = TrainingEventExamples.VIEW)))
    @APIResponse(responseCode = "409", description = "A draft or cancelled event")
    public TrainingEventView addTakeHomeMessage(@PathParam("id") UUID id, @NotNull @Valid TakeHomeMessage message) {
        return service.addTakeHomeMessage(id, message.message());
    }

    @PUT
    @Path("/{id}/accreditation")
    @Extension(name = Conditional.IF_MATCH, value = Conditional.OPTIONAL)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Set the accredited points (accreditation body)",
            description =
                    "The accreditation body (role accreditation-body) sets the points the event is accredited for when they "
                            + "differ from the computed ones, with a mandatory reason; audited. The event then shows both (computedPoints, "
                            + "accreditation) and points is the accredited figure. Attendees' points follow it: each attendee's computed "
                            + "points scaled by accredited / computed, rounded down to half points. Only while the event is published: once "
                            + "it is held, the attendees' points are confirmed and announced (409). Setting it again replaces it.")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = AccreditationRequest.class),
                            examples =
                                    @ExampleObject(name = "accredited", value = TrainingEventExamples.ACCREDITATION)))
    @APIResponse(
            responseCode = "200",
            description = "The event with its computed and accredited points",
            content =
                    @Content(
                            schema = @Schema(implementation = TrainingEventView.class),
                            examples = @ExampleObject(name = "event", value = TrainingEventExamples.VIEW)))
    @APIResponse(responseCode = "400", description = "No reason, or points not in half points from 0 to 99.5")
    @APIResponse(responseCode = "403", description = "Not the accreditation body")
    @APIResponse(responseCode = "404", description = "No such event, or a draft")
    @APIResponse(responseCode = "409", description = "The event is held or cancelled")
    public TrainingEventView accredit(@PathParam("id") UUID id, @NotNull @Valid AccreditationRequest request) {
        return service.accredit(id, request);
    }
}

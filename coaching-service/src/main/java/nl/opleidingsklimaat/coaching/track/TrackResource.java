package nl.opleidingsklimaat.coaching.track;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import nl.opleidingsklimaat.coaching.evaluation.EvaluationExamples;
import nl.opleidingsklimaat.coaching.evaluation.SealedAnswer;
import nl.opleidingsklimaat.coaching.evaluation.TrackQuestionnaire;
import nl.opleidingsklimaat.coaching.evaluation.TrackQuestionnaireRequest;
import nl.opleidingsklimaat.coaching.evaluation.TrackQuestionnaireService;
import nl.opleidingsklimaat.platform.conditional.Conditional;
import nl.opleidingsklimaat.platform.idempotency.Idempotency;
import nl.opleidingsklimaat.platform.paging.Page;
import nl.opleidingsklimaat.platform.paging.PageRequest;
import nl.opleidingsklimaat.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/tracks")
@Tag(
        name = "Coaching tracks",
        description =
                "Challenge & Support coaching: confidential requests, independent coaches, up to 6 sessions, own contribution EUR 150. Machine tokens never act on tracks (403).")
public class TrackResource {
    @Inject
    TrackService tracks;

    @Inject
    SessionService sessions;

    @Inject
    TrackQuestionnaireService questionnaires;

    @POST
    @RolesAllowed({Roles.RESIDENT, Roles.SUPERVISOR})
    @Operation(
            summary = "Request a coaching track",
            description =
                    "A resident asks for a coaching track, confidentially: the reason is visible to the resident and the coach only, and the programme director is not told unless the resident chooses (shareWithDirector). "
                            + "A supervisor (opleider / opleidingsgroep) asks in the same way for a track of their own: the track says `coachee: SUPERVISOR`, the supervisor is the person concerned, and costs and counts keep supervisors apart from residents.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            examples = @ExampleObject(name = "example", value = TrackExamples.REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Requested",
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema = @Schema(implementation = TrackView.class),
                            examples = @ExampleObject(name = "example", value = TrackExamples.TRACK)))
    @APIResponse(responseCode = "400", description = "Invalid request or unknown offer type")
    @APIResponse(responseCode = "403", description = "Only residents and supervisors request tracks")
    @APIResponse(responseCode = "404", description = "Programme unknown or not the resident's")
    @APIResponse(responseCode = "409", description = "The resident already has an open track")
    @APIResponse(responseCode = "422", description = "The offer type is not run as an individual track")
    public Response request(@NotNull @Valid TrackRequest request, @Context UriInfo uri) {
        TrackView track = tracks.request(request);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(track.id().toString()).build())
                .entity(track)
                .build();
    }

    @GET
    @RolesAllowed({Roles.RESIDENT, Roles.SUPERVISOR, Roles.COACH, Roles.COC})
    @Operation(
            summary = "List tracks",
            description =
                    "The resident's or coach's own tracks; for the COC office the tracks of its institutions (without reasons or notes; every track "
                            + "shown to the office is audited). Machine tokens get 403, scoped or not: who is coached is never handed to a system.")
    @APIResponse(
            responseCode = "200",
            description = "A page of tracks",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = Page.class)))
    public Page<TrackView> list(
            @QueryParam("state")
                    @Parameter(
                            description =
                                    "Only tracks in this state: REQUESTED, MATCHED, ACTIVE, COMPLETED or CANCELLED")
                    TrackState state,
            @BeanParam @Valid PageRequest page) {
        return tracks.list(state, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({
        Roles.RESIDENT,
        Roles.SUPERVISOR,
        Roles.COACH,
        Roles.COC,
        Roles.PROGRAMME_DIRECTOR,
        Roles.BOARD,
        Roles.REGION_COORDINATOR,
        Roles.EDUCATION_ADVISOR,
        Roles.SUPERVISOR,
        Roles.SYSTEM
    })
    @Operation(
            summary = "Read a track",
            description =
                    "State, coach and session counts. The resident, the coach, the COC office of the institution, and the programme director only if the resident shared the track; anyone else gets 404. Reads by others than the resident and the coach are audited.")
    @APIResponse(
            responseCode = "200",
            description = "The track",
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema = @Schema(implementation = TrackView.class),
                            examples = @ExampleObject(name = "example", value = TrackExamples.TRACK)))
    public TrackView get(@PathParam("id") UUID id) {
        return tracks.get(id);
    }

    @GET
    @Path("/{id}/reason")
    @RolesAllowed({
        Roles.RESIDENT,
        Roles.SUPERVISOR,
        Roles.COACH,
        Roles.COC,
        Roles.PROGRAMME_DIRECTOR,
        Roles.BOARD,
        Roles.REGION_COORDINATOR,
        Roles.EDUCATION_ADVISOR,
        Roles.SUPERVISOR,
        Roles.SYSTEM
    })
    @Operation(
            summary = "Read the confidential reason",
            description =
                    "The reason for the request: the resident and the track's coach only. The director, COC, board and everyone else get 404.")
    @APIResponse(
            responseCode = "200",
            description = "The reason",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = ReasonView.class)))
    public ReasonView reason(@PathParam("id") UUID id) {
        return tracks.reason(id);
    }

    @GET
    @Path("/{id}/match-proposals")
    @RolesAllowed({Roles.RESIDENT, Roles.SUPERVISOR, Roles.COC})
    @Operation(
            summary = "Propose coaches",
            description =
                    "Coaches who are independent of the resident (never working for the resident's institution, never the programme's director), available and with a free place, best fit first (matching expertise, medical background if preferred, experience with residents).")
    @APIResponse(
            responseCode = "200",
            description = "A page of proposals",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = Page.class)))
    @APIResponse(responseCode = "409", description = "The track is no longer requested")
    public Page<ProposalView> proposals(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return tracks.proposals(id, page);
    }

    @POST
    @Path("/{id}/match")
    @RolesAllowed({Roles.RESIDENT, Roles.SUPERVISOR, Roles.COC})
    @Operation(
            summary = "Confirm a coach",
            description =
                    "The resident or the COC office confirms a coach: requested -> matched. The coach must be independent of the resident (422), available and not fully booked (409).")
    @RequestBody(
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            examples = @ExampleObject(name = "example", value = TrackExamples.MATCH)))
    @APIResponse(
            responseCode = "200",
            description = "Matched",
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema = @Schema(implementation = TrackView.class),
                            examples = @ExampleObject(name = "example", value = TrackExamples.TRACK)))
    @APIResponse(
            responseCode = "409",
            description = "Track not requested, coach unavailable or fully booked (overbooked coach)")
    @APIResponse(responseCode = "422", description = "The coach is not independent of the resident")
    @Extension(name = Conditional.IF_MATCH, value = Conditional.OPTIONAL)
    public TrackView match(@PathParam("id") UUID id, @NotNull @Valid MatchRequest request) {
        return tracks.match(id, request);
    }

    @POST
    @Path("/{id}/start")
    @RolesAllowed({Roles.COACH, Roles.COC})
    @Operation(
            summary = "Start a track",
            description =
                    "The coach (or COC office) starts a matched track: matched -> active. Publishes TrackStarted (programme and institution, no person).")
    @APIResponse(
            responseCode = "200",
            description = "Active",
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema = @Schema(implementation = TrackView.class),
                            examples = @ExampleObject(name = "example", value = TrackExamples.TRACK)))
    @APIResponse(responseCode = "409", description = "The track is not matched")
    @Extension(name = Conditional.IF_MATCH, value = Conditional.OPTIONAL)
    public TrackView start(@PathParam("id") UUID id) {
        return tracks.start(id);
    }

    @POST
    @Path("/{id}/complete")
    @RolesAllowed({Roles.RESIDENT, Roles.SUPERVISOR, Roles.COACH})
    @Operation(
            summary = "Complete a track",
            description =
                    "The resident or the coach completes an active track; open bookings are cancelled. Publishes TrackCompleted with the sessions held.")
    @APIResponse(
            responseCode = "200",
            description = "Completed",
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema = @Schema(implementation = TrackView.class),
                            examples = @ExampleObject(name = "example", value = TrackExamples.TRACK)))
    @APIResponse(responseCode = "409", description = "The track is not active")
    @Extension(name = Conditional.IF_MATCH, value = Conditional.OPTIONAL)
    public TrackView complete(@PathParam("id") UUID id) {
        return tracks.complete(id);
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({Roles.RESIDENT, Roles.SUPERVISOR, Roles.COACH, Roles.COC})
    @Operation(
            summary = "Cancel a track",
            description =
                    "Cancels a track that is not completed or cancelled; open bookings are cancelled and the coach's place is freed. "
                            + "When the resident cancels, a booked session that starts within 24 hours (or has started) is cancelled late and billed, as the policy's late cancellation says.")
    @APIResponse(
            responseCode = "200",
            description = "Cancelled",
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema = @Schema(implementation = TrackView.class),
                            examples = @ExampleObject(name = "example", value = TrackExamples.TRACK)))
    @APIResponse(responseCode = "409", description = "The track is already completed or cancelled")
    @Extension(name = Conditional.IF_MATCH, value = Conditional.OPTIONAL)
    public TrackView cancel(@PathParam("id") UUID id) {
        return tracks.cancel(id);
    }

    @GET
    @Path("/{id}/costs")
    @RolesAllowed({Roles.RESIDENT, Roles.SUPERVISOR, Roles.COACH, Roles.COC})
    @Operation(
            summary = "Costs of a track",
            description =
                    "The coach's fee for the sessions held, split into the resident's own contribution (EUR 150 per track, never more than the fees) and the department's share (the rest).")
    @APIResponse(
            responseCode = "200",
            description = "The costs",
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema = @Schema(implementation = TrackCosts.class),
                            examples = @ExampleObject(name = "example", value = TrackExamples.COSTS)))
    public TrackCosts costs(@PathParam("id") UUID id) {
        return tracks.costs(id);
    }

    @POST
    @Path("/{id}/sessions")
    @RolesAllowed({Roles.RESIDENT, Roles.SUPERVISOR, Roles.COACH})
    @Operation(
            summary = "Book a session",
            description =
                    "Books a session of a matched or active track: within working hours (configurable, default weekdays 08:00-18:00 Europe/Amsterdam), at most the track's sessions (6 by default), never overlapping another session of the coach.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            examples = @ExampleObject(name = "example", value = TrackExamples.SESSION_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Booked",
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema = @Schema(implementation = SessionView.class),
                            examples = @ExampleObject(name = "example", value = TrackExamples.SESSION)))
    @APIResponse(
            responseCode = "409",
            description = "Track not matched or active, or the coach is already booked then (double booking)")
    @APIResponse(responseCode = "422", description = "Outside working hours, or the track already has all its sessions")
    public Response book(@PathParam("id") UUID id, @NotNull @Valid SessionRequest request, @Context UriInfo uri) {
        SessionView session = sessions.book(id, request);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(session.id().toString())
                        .build())
                .entity(session)
                .build();
    }

    @GET
    @Path("/{id}/sessions")
    @RolesAllowed({Roles.RESIDENT, Roles.SUPERVISOR, Roles.COACH, Roles.COC, Roles.PROGRAMME_DIRECTOR})
    @Operation(
            summary = "List sessions",
            description = "The track's sessions without notes, for whoever may read the track.")
    @APIResponse(
            responseCode = "200",
            description = "A page of sessions",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = Page.class)))
    public Page<SessionView> sessions(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return sessions.list(id, page);
    }

    @POST
    @Path("/{id}/sessions/{sessionId}/held")
    @RolesAllowed({Roles.COACH})
    @Operation(
            summary = "Record a session as held",
            description =
                    "The coach records that a booked session of an active track took place; held sessions count for the"
                            + " costs. Only a session whose start has come can be held: a session in the future is"
                            + " refused (422) and nothing is billed.")
    @APIResponse(
            responseCode = "200",
            description = "Held",
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema = @Schema(implementation = SessionView.class),
                            examples = @ExampleObject(name = "held", value = TrackExamples.HELD_SESSION)))
    @APIResponse(responseCode = "404", description = "Unknown track or session, or not the track's coach")
    @APIResponse(responseCode = "409", description = "The track is not active or the session not booked")
    @APIResponse(responseCode = "422", description = "The session has not started yet")
    public SessionView held(@PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId) {
        return sessions.markHeld(id, sessionId);
    }

    @POST
    @Path("/{id}/sessions/{sessionId}/cancel")
    @RolesAllowed({Roles.RESIDENT, Roles.SUPERVISOR, Roles.COACH})
    @Operation(
            summary = "Cancel a session",
            description = "Cancels a booked session. A cancellation by the coach, or by the resident at least 24 hours"
                    + " ahead (the policy's notice period, `lateCancellation` in the policy file), is `CANCELLED`: it"
                    + " no longer counts against the track's sessions and is not billed. The resident's cancellation"
                    + " within 24 hours is `CANCELLED_LATE`: billed like a held session, and it keeps its place among"
                    + " the track's sessions.")
    @APIResponse(
            responseCode = "200",
            description = "Cancelled",
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema = @Schema(implementation = SessionView.class),
                            examples = {
                                @ExampleObject(name = "in time", value = TrackExamples.CANCELLED_SESSION),
                                @ExampleObject(name = "late", value = TrackExamples.CANCELLED_LATE_SESSION)
                            }))
    @APIResponse(responseCode = "409", description = "The session is not booked")
    public SessionView cancelSession(@PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId) {
        return sessions.cancel(id, sessionId);
    }

    @PUT
    @Path("/{id}/sessions/{sessionId}/notes")
    @RolesAllowed({Roles.COACH})
    @Operation(
            summary = "Write session notes",
            description =
                    "The track's coach writes the session notes. Confidential: only the coach and the resident can read them.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            examples = @ExampleObject(name = "example", value = TrackExamples.NOTES)))
    @APIResponse(
            responseCode = "200",
            description = "Saved",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = NotesView.class)))
    @APIResponse(responseCode = "404", description = "Unknown track or session, or not the track's coach")
    @Extension(name = Conditional.IF_MATCH, value = Conditional.OPTIONAL)
    public NotesView writeNotes(
            @PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId, @NotNull @Valid NotesRequest request) {
        return sessions.writeNotes(id, sessionId, request);
    }

    @GET
    @Path("/{id}/sessions/{sessionId}/notes")
    @RolesAllowed({
        Roles.RESIDENT,
        Roles.SUPERVISOR,
        Roles.COACH,
        Roles.COC,
        Roles.PROGRAMME_DIRECTOR,
        Roles.BOARD,
        Roles.REGION_COORDINATOR,
        Roles.EDUCATION_ADVISOR,
        Roles.SUPERVISOR,
        Roles.SYSTEM
    })
    @Operation(
            summary = "Read session notes",
            description = "The coach and the resident only; the director, COC, board and everyone else get 404.")
    @APIResponse(
            responseCode = "200",
            description = "The notes",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = NotesView.class)))
    @APIResponse(responseCode = "404", description = "Unknown track or session, or not the resident or coach")
    public NotesView notes(@PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId) {
        return sessions.notes(id, sessionId);
    }

    @POST
    @Extension(name = Idempotency.EXTENSION, value = Idempotency.NONE)
    @Path("/{id}/evaluation")
    @RolesAllowed({Roles.RESIDENT, Roles.SUPERVISOR})
    @Operation(
            summary = "Evaluate the track, anonymously",
            description = "The coached person evaluates an ended track (completed, or cancelled after at least one"
                    + " session) once, on the items of the policy file (1-5). The scores are sealed apart from the"
                    + " track and reach the institution's figures (`/api/effect-reports`) only together with at least"
                    + " 3 other answers; nobody, the coach included, sees one person's evaluation.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            examples = @ExampleObject(name = "example", value = EvaluationExamples.EVALUATION_REQUEST)))
    @APIResponse(responseCode = "204", description = "Evaluated")
    @APIResponse(responseCode = "400", description = "A score out of 1-5 or an unknown item")
    @APIResponse(responseCode = "404", description = "Unknown track, or not the coached person's")
    @APIResponse(responseCode = "409", description = "The track has not ended, or is evaluated already")
    public Response evaluate(@PathParam("id") UUID id, @NotNull @Valid TrackQuestionnaireRequest request) {
        return answered(questionnaires.answer(id, TrackQuestionnaire.EVALUATION, request));
    }

    @POST
    @Extension(name = Idempotency.EXTENSION, value = Idempotency.NONE)
    @Path("/{id}/effect-measures/before")
    @RolesAllowed({Roles.RESIDENT, Roles.SUPERVISOR})
    @Operation(
            summary = "Effect measure before the track",
            description = "The coached person scores the effect measures of the policy file (Veerkracht, Reflectie;"
                    + " 1-5) once, on a matched or active track before its first session is held. Anonymous like the"
                    + " evaluation: reported per institution from 4 answers on.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            examples = @ExampleObject(name = "example", value = EvaluationExamples.EFFECT_REQUEST)))
    @APIResponse(responseCode = "204", description = "Recorded")
    @APIResponse(responseCode = "400", description = "A score out of 1-5 or an unknown measure")
    @APIResponse(responseCode = "404", description = "Unknown track, or not the coached person's")
    @APIResponse(
            responseCode = "409",
            description = "A session is held already, the track is not matched or active, or measured already")
    public Response measureBefore(@PathParam("id") UUID id, @NotNull @Valid TrackQuestionnaireRequest request) {
        return answered(questionnaires.answer(id, TrackQuestionnaire.BEFORE, request));
    }

    @POST
    @Extension(name = Idempotency.EXTENSION, value = Idempotency.NONE)
    @Path("/{id}/effect-measures/after")
    @RolesAllowed({Roles.RESIDENT, Roles.SUPERVISOR})
    @Operation(
            summary = "Effect measure after the track",
            description = "The coached person scores the effect measures once more, once, on a completed track."
                    + " Anonymous: reported per institution from 4 answers on.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            examples = @ExampleObject(name = "example", value = EvaluationExamples.EFFECT_REQUEST)))
    @APIResponse(responseCode = "204", description = "Recorded")
    @APIResponse(responseCode = "400", description = "A score out of 1-5 or an unknown measure")
    @APIResponse(responseCode = "404", description = "Unknown track, or not the coached person's")
    @APIResponse(responseCode = "409", description = "The track is not completed, or measured already")
    public Response measureAfter(@PathParam("id") UUID id, @NotNull @Valid TrackQuestionnaireRequest request) {
        return answered(questionnaires.answer(id, TrackQuestionnaire.AFTER, request));
    }

    /** Opens the box in a transaction of its own: the scores never share one with the mark that the track answered. */
    private Response answered(SealedAnswer answer) {
        questionnaires.openReady(answer);
        return Response.noContent().build();
    }
}

package nl.opleidingsklimaat.coaching.intervision;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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

@Path("/api/intervision-groups")
@Tag(name = "Intervision", description = "Fixed groups of at most 10 residents (8 students) with a fixed coach")
public class IntervisionResource {

    @Inject
    IntervisionService groups;

    @Inject
    QuestionnaireBallots ballots;

    @POST
    @RolesAllowed({Roles.COC})
    @Operation(
            summary = "Create an intervision group",
            description = "A fixed group with one fixed coach: at most 10 residents, or 8 students (MUMC+ model).")
    @RequestBody(
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            examples = @ExampleObject(name = "example", value = IntervisionExamples.GROUP_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema = @Schema(implementation = GroupView.class),
                            examples = @ExampleObject(name = "example", value = IntervisionExamples.GROUP)))
    @APIResponse(responseCode = "400", description = "Invalid request or unknown coach")
    @APIResponse(
            responseCode = "403",
            description = "Only the COC office (machine tokens never handle intervision members)")
    @APIResponse(responseCode = "404", description = "Institution unknown or out of scope")
    public Response create(@NotNull @Valid GroupRequest request, @Context UriInfo uri) {
        GroupView group = groups.create(request);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(group.id().toString()).build())
                .entity(group)
                .build();
    }

    @GET
    @RolesAllowed({Roles.COC})
    @Operation(
            summary = "List an institution's groups",
            description = "The intervision groups of an institution, newest first.")
    @APIResponse(
            responseCode = "200",
            description = "A page",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = Page.class)))
    @APIResponse(responseCode = "400", description = "Missing institution or invalid paging")
    @APIResponse(responseCode = "404", description = "Institution unknown or out of scope")
    public Page<GroupView> list(
            @QueryParam("institution")
                    @NotBlank
                    @Parameter(description = "Institution code", required = true, example = "MUMC")
                    String institution,
            @BeanParam @Valid PageRequest page) {
        return groups.list(institution, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COC, Roles.COACH, Roles.RESIDENT, Roles.SUPERVISOR})
    @Operation(
            summary = "Read a group",
            description =
                    "The COC office and the group's coach see the members; a member sees the group without the other members.")
    @APIResponse(
            responseCode = "200",
            description = "The group",
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema = @Schema(implementation = GroupView.class),
                            examples = @ExampleObject(name = "example", value = IntervisionExamples.GROUP)))
    public GroupView get(@PathParam("id") UUID id) {
        return groups.get(id);
    }

    @POST
    @Path("/{id}/members")
    @RolesAllowed({Roles.COC})
    @Operation(
            summary = "Add a member",
            description =
                    "Adds a resident of one of the institution's programmes. A full group (10 residents or 8 students) and a resident already in another active group are refused.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            examples = @ExampleObject(name = "example", value = IntervisionExamples.MEMBER_REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "Added",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = GroupView.class)))
    @APIResponse(responseCode = "404", description = "Unknown group or programme, or out of scope")
    @APIResponse(
            responseCode = "409",
            description = "Group full or closed, or the resident is already in an active group")
    @APIResponse(responseCode = "422", description = "The programme is not of the group's institution")
    public GroupView addMember(@PathParam("id") UUID id, @NotNull @Valid MemberRequest request) {
        return groups.addMember(id, request);
    }

    @POST
    @Path("/{id}/formation")
    @RolesAllowed({Roles.COC})
    @Operation(
            summary = "Form the group",
            description =
                    "Forming -> active with at least 2 members; publishes IntervisionGroupFormed (institution, size, coach reference).")
    @APIResponse(
            responseCode = "200",
            description = "Formed",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = GroupView.class)))
    @APIResponse(responseCode = "409", description = "The group is not forming")
    @APIResponse(responseCode = "422", description = "Too few members")
    @Extension(name = Conditional.IF_MATCH, value = Conditional.OPTIONAL)
    public GroupView form(@PathParam("id") UUID id) {
        return groups.form(id);
    }

    @POST
    @Path("/{id}/closure")
    @RolesAllowed({Roles.COC})
    @Operation(summary = "Close the group", description = "Closes the group; its members may join another group.")
    @APIResponse(
            responseCode = "200",
            description = "Closed",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = GroupView.class)))
    @APIResponse(responseCode = "409", description = "Already closed")
    @Extension(name = Conditional.IF_MATCH, value = Conditional.OPTIONAL)
    public GroupView close(@PathParam("id") UUID id) {
        return groups.close(id);
    }

    @POST
    @Path("/{id}/meetings")
    @RolesAllowed({Roles.COC, Roles.COACH})
    @Operation(
            summary = "Schedule a meeting",
            description = "The coach or the COC office adds a meeting to the group's schedule.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            examples = @ExampleObject(name = "example", value = IntervisionExamples.MEETING_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Scheduled",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "409", description = "The group is closed")
    public Response schedule(@PathParam("id") UUID id, @NotNull @Valid MeetingRequest request, @Context UriInfo uri) {
        MeetingView meeting = groups.scheduleMeeting(id, request);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(meeting.id().toString())
                        .build())
                .entity(meeting)
                .build();
    }

    @GET
    @Path("/{id}/meetings")
    @RolesAllowed({Roles.COC, Roles.COACH, Roles.RESIDENT, Roles.SUPERVISOR})
    @Operation(summary = "The group's schedule", description = "Meetings in order with attendance counts.")
    @APIResponse(
            responseCode = "200",
            description = "A page",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = Page.class)))
    public Page<MeetingView> meetings(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return groups.meetings(id, page);
    }

    @PUT
    @Path("/{id}/meetings/{meetingId}/attendance")
    @RolesAllowed({Roles.COC, Roles.COACH})
    @Operation(
            summary = "Record attendance",
            description = "The members present; every other member is recorded absent. Replaces an earlier record.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            examples =
                                    @ExampleObject(name = "example", value = IntervisionExamples.ATTENDANCE_REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "Recorded",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request or a reference that is not a member")
    public MeetingView attendance(
            @PathParam("id") UUID id,
            @PathParam("meetingId") UUID meetingId,
            @NotNull @Valid AttendanceRequest request) {
        return groups.recordAttendance(id, meetingId, request);
    }

    @POST
    @Extension(name = Idempotency.EXTENSION, value = Idempotency.NONE)
    @Path("/{id}/questionnaire-responses")
    @RolesAllowed({Roles.RESIDENT, Roles.SUPERVISOR})
    @Operation(
            summary = "Answer the effect questionnaire",
            description =
                    "A member answers the short pre or post questionnaire (resilience, reflection; 1-5) once per phase. The scores are sealed apart from who answered and reach the results only together with at least 3 other answers.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "example",
                                            value = IntervisionExamples.QUESTIONNAIRE_REQUEST)))
    @APIResponse(responseCode = "204", description = "Answered")
    @APIResponse(responseCode = "400", description = "Invalid request or unknown measure")
    @APIResponse(responseCode = "403", description = "Only residents answer")
    @APIResponse(responseCode = "404", description = "Unknown group or not a member")
    @APIResponse(responseCode = "409", description = "Already answered this phase")
    public Response answer(@PathParam("id") UUID id, @NotNull @Valid QuestionnaireRequest request) {
        groups.answer(id, request);
        ballots.openReady(
                id, request.phase()); // its own transaction: the scores never share one with the member's mark
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/questionnaire-results")
    @RolesAllowed({Roles.COC, Roles.COACH, Roles.RESIDENT, Roles.SUPERVISOR})
    @Operation(
            summary = "Effect questionnaire results",
            description =
                    "Per phase the answers counted and the group means. Answers are added in groups of at least 4 (a fifth answer shows once the next 4 are in), so the results never change by one member's answer; below 4 the count reads \"fewer than 4\".")
    @APIResponse(
            responseCode = "200",
            description = "The results",
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema = @Schema(implementation = QuestionnaireResults.class),
                            examples = @ExampleObject(name = "example", value = IntervisionExamples.RESULTS)))
    public QuestionnaireResults results(@PathParam("id") UUID id) {
        return groups.results(id);
    }
}

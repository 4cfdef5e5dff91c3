package nl.opleidingsklimaat.survey.campaign;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import nl.opleidingsklimaat.platform.conditional.Conditional;
import nl.opleidingsklimaat.platform.paging.Page;
import nl.opleidingsklimaat.platform.paging.PageRequest;
import nl.opleidingsklimaat.platform.problem.ProblemException;
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

@Path("/api/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Campaigns",
        description =
                "Campaigns of an instrument in a region: DRAFT -> OPEN -> CLOSED -> REPORTED, opened and closed on time by the scheduler or by hand")
public class CampaignResource {
    @Inject
    CampaignService campaigns;

    @Inject
    CampaignWorkflow workflow;

    @Inject
    CampaignAccess access;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGION_COORDINATOR, Roles.SYSTEM})
    @Operation(
            summary = "Create a campaign (DRAFT)",
            description =
                    "A campaign of a published instrument version (the newest when instrumentVersion is left out) in the coordinator's region, with its window (e.g. 1-30 June), reporting threshold (default 4, never below 4) and reminder dates within the window. The scheduler opens it on opensOn and closes it after closesOn.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CampaignRequest.class),
                            examples = @ExampleObject(name = "campaign", value = CampaignExamples.REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Created; Location points to it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CampaignView.class),
                            examples = @ExampleObject(name = "campaign", value = CampaignExamples.VIEW)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid request (threshold below 4, window, unknown instrument version)")
    @APIResponse(responseCode = "403", description = "Not a region coordinator")
    @APIResponse(responseCode = "404", description = "The region is not the caller's")
    @APIResponse(
            responseCode = "422",
            description = "The region is not known in the organisation registry; nothing stored")
    public Response create(@NotNull @Valid CampaignRequest request, @Context UriInfo uri) {
        if (!access.mayManage(request.regionCode())) {
            throw ProblemException.notFound("Region %s not found", request.regionCode());
        }
        CampaignView campaign = campaigns.create(request);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(campaign.id().toString())
                        .build())
                .entity(campaign)
                .build();
    }

    @POST
    @Path("/{id}/successor")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGION_COORDINATOR, Roles.SYSTEM})
    @Operation(
            summary = "Create this year's campaign from last year's (DRAFT)",
            description =
                    "Year on year: a new DRAFT campaign in the same region with last year's threshold and instrument version (or a later version of the same instrument), the window and reminder dates a year later unless given, and the name with its year moved. The roster is not copied: import it as for any new campaign (the programmes are checked against the organisation registry then); no link, invitation or answer of last year comes along. Its reports show each programme's theme scores of the earlier years in this chain. One successor per campaign, made once the campaign has closed.")
    @RequestBody(
            required = false,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SuccessorRequest.class),
                            examples = @ExampleObject(name = "successor", value = CampaignExamples.SUCCESSOR_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Created; Location points to it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CampaignView.class),
                            examples = @ExampleObject(name = "campaign", value = CampaignExamples.SUCCESSOR)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid request (window in the past, reminder outside it, unknown instrument version)")
    @APIResponse(responseCode = "403", description = "Not the coordinator of the campaign's region")
    @APIResponse(responseCode = "404", description = "No such campaign in the caller's scope")
    @APIResponse(
            responseCode = "409",
            description = "Last year's campaign has not closed yet, or already has a successor; nothing stored")
    @APIResponse(
            responseCode = "422",
            description =
                    "The version is older than last year's, or the region is no longer known in the organisation registry; nothing stored")
    public Response succeed(@PathParam("id") UUID id, @Valid SuccessorRequest request, @Context UriInfo uri) {
        access.managedCampaign(id);
        CampaignView campaign = campaigns.succeed(id, request == null ? SuccessorRequest.AS_LAST_YEAR : request);
        return Response.created(
                        uri.getBaseUriBuilder().path("api/campaigns/{id}").build(campaign.id()))
                .entity(campaign)
                .build();
    }

    @GET
    @Authenticated
    @Operation(
            summary = "List campaigns",
            description =
                    "Campaigns of the regions in the caller's scope (region, or the region of their institution or programme), newest first; paged, optionally by state.")
    @APIResponse(
            responseCode = "200",
            description = "A page of campaigns",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "page", value = CampaignExamples.PAGE)))
    public Page<CampaignView> list(
            @QueryParam("state") @Parameter(description = "DRAFT, OPEN, CLOSED or REPORTED") CampaignState state,
            @BeanParam @Valid PageRequest page) {
        return campaigns.list(access.visibleRegions(), state, page);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(
            summary = "Read a campaign",
            description = "The campaign with its state, window, threshold and reminder dates.")
    @APIResponse(
            responseCode = "200",
            description = "The campaign",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CampaignView.class),
                            examples = @ExampleObject(name = "campaign", value = CampaignExamples.VIEW)))
    public CampaignView get(@PathParam("id") UUID id) {
        return CampaignService.view(access.visibleCampaign(id));
    }

    @POST
    @Path("/{id}/open")
    @RolesAllowed({Roles.REGION_COORDINATOR, Roles.SYSTEM})
    @Operation(
            summary = "Open a campaign now (by hand)",
            description =
                    "DRAFT -> OPEN; publishes CampaignOpened and mails every invited resident a personal single-use link.")
    @APIResponse(
            responseCode = "200",
            description = "Opened",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CampaignView.class),
                            examples = @ExampleObject(name = "campaign", value = CampaignExamples.VIEW)))
    @APIResponse(responseCode = "403", description = "Not the region's coordinator")
    @APIResponse(responseCode = "409", description = "Not a DRAFT campaign")
    @Extension(name = Conditional.IF_MATCH, value = Conditional.OPTIONAL)
    public CampaignView open(@PathParam("id") UUID id) {
        access.managedCampaign(id);
        workflow.open(id);
        return campaigns.read(id);
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed({Roles.REGION_COORDINATOR, Roles.SYSTEM})
    @Operation(
            summary = "Close a campaign now (by hand)",
            description =
                    "OPEN -> CLOSED -> REPORTED: answers are refused from now on (410), the links and e-mail addresses are erased, CampaignClosed is published and every programme gets its report (ReportReleased at or above the threshold, ReportWithheld below it).")
    @APIResponse(
            responseCode = "200",
            description = "Closed and reported",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CampaignView.class),
                            examples = @ExampleObject(name = "campaign", value = CampaignExamples.VIEW)))
    @APIResponse(responseCode = "403", description = "Not the region's coordinator")
    @APIResponse(responseCode = "409", description = "Not an OPEN campaign")
    @Extension(name = Conditional.IF_MATCH, value = Conditional.OPTIONAL)
    public CampaignView close(@PathParam("id") UUID id) {
        access.managedCampaign(id);
        workflow.close(id);
        return campaigns.read(id);
    }
}

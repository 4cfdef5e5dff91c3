package nl.opleidingsklimaat.coaching.proactive;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import nl.opleidingsklimaat.platform.paging.Page;
import nl.opleidingsklimaat.platform.paging.PageRequest;
import nl.opleidingsklimaat.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/proactive-programmes")
@Tag(
        name = "Proactive offers",
        description = "Programmes with low wellbeing or supervision scores, to approach with coaching or intervision")
public class ProactiveResource {

    @Inject
    ProactiveService proactive;

    @GET
    @RolesAllowed({Roles.COC, Roles.REGION_COORDINATOR, Roles.EDUCATION_ADVISOR, Roles.SYSTEM})
    @Operation(
            summary = "Programmes to approach",
            description = "The institution's programmes flagged by a WellbeingSignalRaised or by a "
                    + "released report with a low supervision score, once per campaign, newest first.")
    @APIResponse(
            responseCode = "200",
            description = "A page of listings",
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema = @Schema(implementation = Page.class),
                            examples = @ExampleObject(name = "list", value = ProactiveExamples.PAGE)))
    @APIResponse(responseCode = "400", description = "Missing institution or invalid paging")
    @APIResponse(responseCode = "404", description = "Institution unknown or out of scope")
    public Page<ListingView> list(
            @QueryParam("institution")
                    @NotBlank
                    @Parameter(description = "Institution code", required = true, example = "LUMC")
                    String institution,
            @QueryParam("approached") @Parameter(description = "Only approached (true) or not yet approached (false)")
                    Boolean approached,
            @BeanParam @Valid PageRequest page) {
        return proactive.list(institution, approached, page);
    }

    @POST
    @Path("/{id}/approach")
    @RolesAllowed({Roles.COC, Roles.SYSTEM})
    @Operation(
            summary = "Record the approach",
            description = "The COC records that it approached the programme with a coaching or intervision offer.")
    @APIResponse(
            responseCode = "200",
            description = "Recorded",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = ListingView.class)))
    @APIResponse(responseCode = "403", description = "Only the COC or a system")
    @APIResponse(responseCode = "409", description = "Already approached")
    public ListingView approach(@PathParam("id") UUID id) {
        return proactive.markApproached(id);
    }
}

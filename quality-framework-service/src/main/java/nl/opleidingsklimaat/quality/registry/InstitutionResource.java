package nl.opleidingsklimaat.quality.registry;

import io.quarkus.security.Authenticated;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import nl.opleidingsklimaat.platform.conditional.Conditional;
import nl.opleidingsklimaat.platform.paging.Page;
import nl.opleidingsklimaat.platform.paging.PageRequest;
import nl.opleidingsklimaat.platform.security.Roles;
import nl.opleidingsklimaat.quality.access.Filters;
import nl.opleidingsklimaat.quality.access.Visibility;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Produces(MediaType.APPLICATION_JSON)
@Path("/api/institutions")
@Tag(name = "Registry: institutions", description = "Hospitals and other training institutions (instellingen)")
public class InstitutionResource {

    @Inject
    RegistryService registry;

    @Inject
    Visibility visibility;

    @POST
    @RolesAllowed({Roles.REGION_COORDINATOR, Roles.SYSTEM})
    @Operation(
            summary = "Register an institution",
            description = "Registers an institution in a region; publishes InstitutionRegistered.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/json",
                            examples = @ExampleObject(name = "institution", value = RegistryExamples.NEW_INSTITUTION)))
    @APIResponse(
            responseCode = "201",
            description = "Registered",
            content =
                    @Content(
                            schema = @Schema(implementation = InstitutionView.class),
                            examples = @ExampleObject(name = "institution", value = RegistryExamples.INSTITUTION)))
    @APIResponse(responseCode = "404", description = "Region absent or out of scope")
    @APIResponse(responseCode = "409", description = "The code is taken")
    public Response register(@NotNull @Valid NewInstitution request) {
        InstitutionView institution = registry.createInstitution(request);
        return Response.created(URI.create("/api/institutions/" + institution.code()))
                .entity(institution)
                .build();
    }

    @GET
    @Authenticated
    @Operation(
            summary = "List institutions",
            description =
                    "The institutions the caller may see (region for coordinators and advisors, own institution for COC and board), optionally of one region.")
    @APIResponse(responseCode = "200", description = "One page of institutions")
    public Page<InstitutionView> list(
            @QueryParam("regionCode") @Parameter(description = "Only those of this region, e.g. OOR-LEIDEN")
                    String regionCode,
            @BeanParam @Valid PageRequest page) {
        Filters filters = new Filters(visibility.condition("regionCode", "code", null))
                .equal("regionCode", "regionCode", regionCode);
        return registry.institutions(filters, page);
    }

    @GET
    @Path("/{code}")
    @Authenticated
    @Operation(summary = "Get an institution", description = "404 when absent or outside the caller's scope.")
    @APIResponse(
            responseCode = "200",
            description = "The institution",
            content =
                    @Content(
                            schema = @Schema(implementation = InstitutionView.class),
                            examples = @ExampleObject(name = "institution", value = RegistryExamples.INSTITUTION)))
    public InstitutionView get(@PathParam("code") String code) {
        return registry.institution(code);
    }

    @Extension(name = Conditional.IF_MATCH, value = Conditional.OPTIONAL)
    @PUT
    @Path("/{code}")
    @RolesAllowed({Roles.REGION_COORDINATOR, Roles.SYSTEM})
    @Operation(
            summary = "Update or deactivate an institution",
            description =
                    "Changes the name; active=false deactivates. Publishes InstitutionRegistered with the whole new state.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/json",
                            examples = @ExampleObject(name = "deactivate", value = RegistryExamples.NAMED_UPDATE)))
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = InstitutionView.class)))
    public InstitutionView update(@PathParam("code") String code, @NotNull @Valid NamedUpdate update) {
        return registry.updateInstitution(code, update);
    }
}

package nl.opleidingsklimaat.quality.registry;

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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Produces(MediaType.APPLICATION_JSON)
@Path("/api/regions")
@Tag(name = "Registry: regions", description = "Education and training regions (OOR)")
public class RegionResource {

    @Inject
    RegistryService registry;

    @Inject
    Visibility visibility;

    @POST
    @RolesAllowed({Roles.REGION_COORDINATOR, Roles.REFERENCE_DATA})
    @Operation(
            summary = "Register a region",
            description =
                    "Registers an OOR with a stable code; publishes RegionRegistered. Regions are national reference data: the reference-data keeper registers any, a coordinator only the region of their token.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/json",
                            examples = @ExampleObject(name = "region", value = RegistryExamples.NEW_REGION)))
    @APIResponse(
            responseCode = "201",
            description = "Registered",
            content =
                    @Content(
                            schema = @Schema(implementation = RegionView.class),
                            examples = @ExampleObject(name = "region", value = RegistryExamples.REGION)))
    @APIResponse(responseCode = "400", description = "Invalid code or name")
    @APIResponse(responseCode = "403", description = "Not a coordinator of this region nor the reference-data keeper")
    @APIResponse(responseCode = "409", description = "The code is taken")
    public Response register(@NotNull @Valid NewRegion request) {
        RegionView region = registry.createRegion(request);
        return Response.created(URI.create("/api/regions/" + region.code()))
                .entity(region)
                .build();
    }

    @GET
    @RolesAllowed({Roles.REGION_COORDINATOR, Roles.EDUCATION_ADVISOR, Roles.SYSTEM, Roles.REFERENCE_DATA})
    @Operation(
            summary = "List regions",
            description =
                    "The regions the caller may see: all for the reference-data keeper, their own for coordinators, advisors and system clients scoped to a region.")
    @APIResponse(responseCode = "200", description = "One page of regions")
    public Page<RegionView> list(@BeanParam @Valid PageRequest page) {
        Filters filters = visibility.isReferenceDataKeeper()
                ? Filters.all()
                : new Filters(visibility.condition("code", null, null));
        return registry.regions(filters, page);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.REGION_COORDINATOR, Roles.EDUCATION_ADVISOR, Roles.SYSTEM, Roles.REFERENCE_DATA})
    @Operation(summary = "Get a region", description = "404 when absent or outside the caller's region.")
    @APIResponse(
            responseCode = "200",
            description = "The region",
            content =
                    @Content(
                            schema = @Schema(implementation = RegionView.class),
                            examples = @ExampleObject(name = "region", value = RegistryExamples.REGION)))
    public RegionView get(@PathParam("code") String code) {
        return registry.region(code);
    }

    @Extension(name = Conditional.IF_MATCH, value = Conditional.OPTIONAL)
    @PUT
    @Path("/{code}")
    @RolesAllowed({Roles.REGION_COORDINATOR, Roles.SYSTEM, Roles.REFERENCE_DATA})
    @Operation(
            summary = "Update or deactivate a region",
            description =
                    "Changes the name; active=false deactivates. Publishes RegionRegistered with the new state. For the reference-data keeper, the region's coordinator and a system client scoped to the region.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/json",
                            examples = @ExampleObject(name = "deactivate", value = RegistryExamples.NAMED_UPDATE)))
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = RegionView.class)))
    public RegionView update(@PathParam("code") String code, @NotNull @Valid NamedUpdate update) {
        return registry.updateRegion(code, update);
    }
}

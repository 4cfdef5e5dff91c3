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
@Path("/api/clusters")
@Tag(name = "Registry: clusters", description = "A specialty's regional collaboration of programmes")
public class ClusterResource {

    @Inject
    RegistryService registry;

    @Inject
    Visibility visibility;

    @POST
    @RolesAllowed({Roles.REGION_COORDINATOR, Roles.SYSTEM})
    @Operation(summary = "Register a cluster", description = "Registers the cluster of a specialty within a region.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/json",
                            examples = @ExampleObject(name = "cluster", value = RegistryExamples.NEW_CLUSTER)))
    @APIResponse(
            responseCode = "201",
            description = "Registered",
            content =
                    @Content(
                            schema = @Schema(implementation = ClusterView.class),
                            examples = @ExampleObject(name = "cluster", value = RegistryExamples.CLUSTER)))
    @APIResponse(responseCode = "404", description = "Region absent or out of scope")
    @APIResponse(responseCode = "409", description = "The code is taken")
    @APIResponse(responseCode = "422", description = "Unknown specialty")
    public Response register(@NotNull @Valid NewCluster request) {
        ClusterView cluster = registry.createCluster(request);
        return Response.created(URI.create("/api/clusters/" + cluster.code()))
                .entity(cluster)
                .build();
    }

    @GET
    @RolesAllowed({Roles.REGION_COORDINATOR, Roles.EDUCATION_ADVISOR, Roles.SYSTEM})
    @Operation(
            summary = "List clusters",
            description =
                    "The clusters of the caller's region (a coordinator's, an advisor's or a system client's region claim).")
    @APIResponse(responseCode = "200", description = "One page of clusters")
    public Page<ClusterView> list(
            @QueryParam("regionCode") @Parameter(description = "Only those of this region, e.g. OOR-LEIDEN")
                    String regionCode,
            @BeanParam @Valid PageRequest page) {
        Filters filters = new Filters(visibility.condition("regionCode", null, null))
                .equal("regionCode", "regionCode", regionCode);
        return registry.clusters(filters, page);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.REGION_COORDINATOR, Roles.EDUCATION_ADVISOR, Roles.SYSTEM})
    @Operation(summary = "Get a cluster", description = "404 when absent or outside the caller's region.")
    @APIResponse(
            responseCode = "200",
            description = "The cluster",
            content =
                    @Content(
                            schema = @Schema(implementation = ClusterView.class),
                            examples = @ExampleObject(name = "cluster", value = RegistryExamples.CLUSTER)))
    public ClusterView get(@PathParam("code") String code) {
        return registry.cluster(code);
    }

    @Extension(name = Conditional.IF_MATCH, value = Conditional.OPTIONAL)
    @PUT
    @Path("/{code}")
    @RolesAllowed({Roles.REGION_COORDINATOR, Roles.SYSTEM})
    @Operation(summary = "Update or deactivate a cluster", description = "Changes the name; active=false deactivates.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/json",
                            examples = @ExampleObject(name = "rename", value = RegistryExamples.NAMED_UPDATE)))
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = ClusterView.class)))
    public ClusterView update(@PathParam("code") String code, @NotNull @Valid NamedUpdate update) {
        return registry.updateCluster(code, update);
    }
}

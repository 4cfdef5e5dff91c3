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
@Path("/api/programmes")
@Tag(name = "Registry: programmes", description = "Programmes (opleidingen): one specialty at one institution")
public class ProgrammeResource {

    @Inject
    RegistryService registry;

    @Inject
    Visibility visibility;

    @POST
    @RolesAllowed({Roles.REGION_COORDINATOR, Roles.SYSTEM})
    @Operation(
            summary = "Register a programme",
            description =
                    "Registers a programme at an institution of the caller's region; publishes ProgrammeRegistered.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/json",
                            examples = @ExampleObject(name = "programme", value = RegistryExamples.NEW_PROGRAMME)))
    @APIResponse(
            responseCode = "201",
            description = "Registered",
            content =
                    @Content(
                            schema = @Schema(implementation = ProgrammeView.class),
                            examples = @ExampleObject(name = "programme", value = RegistryExamples.PROGRAMME)))
    @APIResponse(responseCode = "404", description = "Institution absent or out of scope")
    @APIResponse(responseCode = "409", description = "The code is taken")
    @APIResponse(
            responseCode = "422",
            description = "Unknown specialty, cluster of another region or specialty, or deactivated institution")
    public Response register(@NotNull @Valid NewProgramme request) {
        ProgrammeView programme = registry.createProgramme(request);
        return Response.created(URI.create("/api/programmes/" + programme.code()))
                .entity(programme)
                .build();
    }

    @GET
    @Authenticated
    @Operation(
            summary = "List programmes",
            description =
                    "The programmes the caller may see (own programmes, own institution, own region, or what a system client's scope claims name), optionally of one institution or region.")
    @APIResponse(responseCode = "200", description = "One page of programmes")
    public Page<ProgrammeView> list(
            @QueryParam("institutionCode") @Parameter(description = "Only those of this institution, e.g. LUMC")
                    String institutionCode,
            @QueryParam("regionCode") @Parameter(description = "Only those of this region, e.g. OOR-LEIDEN")
                    String regionCode,
            @BeanParam @Valid PageRequest page) {
        Filters filters = new Filters(visibility.condition("regionCode", "institutionCode", "code"))
                .equal("institutionCode", "institutionCode", institutionCode)
                .equal("regionCode", "regionCode", regionCode);
        return registry.programmes(filters, page);
    }

    @GET
    @Path("/{code}")
    @Authenticated
    @Operation(summary = "Get a programme", description = "404 when absent or outside the caller's scope.")
    @APIResponse(
            responseCode = "200",
            description = "The programme",
            content =
                    @Content(
                            schema = @Schema(implementation = ProgrammeView.class),
                            examples = @ExampleObject(name = "programme", value = RegistryExamples.PROGRAMME)))
    public ProgrammeView get(@PathParam("code") String code) {
        return registry.programme(code);
    }

    @Extension(name = Conditional.IF_MATCH, value = Conditional.OPTIONAL)
    @PUT
    @Path("/{code}")
    @RolesAllowed({Roles.REGION_COORDINATOR, Roles.SYSTEM})
    @Operation(
            summary = "Update or deactivate a programme",
            description =
                    "Changes name, cluster or director; active=false deactivates. Publishes ProgrammeUpdated with the whole new state.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/json",
                            examples =
                                    @ExampleObject(name = "new director", value = RegistryExamples.PROGRAMME_UPDATE)))
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = ProgrammeView.class)))
    @APIResponse(responseCode = "422", description = "Cluster of another region or specialty")
    public ProgrammeView update(@PathParam("code") String code, @NotNull @Valid ProgrammeUpdate update) {
        return registry.updateProgramme(code, update);
    }
}

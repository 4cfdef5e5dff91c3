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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import nl.opleidingsklimaat.platform.conditional.Conditional;
import nl.opleidingsklimaat.platform.paging.Page;
import nl.opleidingsklimaat.platform.paging.PageRequest;
import nl.opleidingsklimaat.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Produces(MediaType.APPLICATION_JSON)
@Path("/api/specialties")
@Tag(name = "Registry: specialties", description = "Medical specialties (specialismen), national reference data")
public class SpecialtyResource {

    @Inject
    RegistryService registry;

    @POST
    @RolesAllowed({Roles.REGION_COORDINATOR, Roles.REFERENCE_DATA})
    @Operation(
            summary = "Register a specialty",
            description =
                    "Registers a medical specialty with a stable code. Specialties are national reference data: the reference-data keeper (or a region coordinator) registers them, not a hospital's system.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/json",
                            examples = @ExampleObject(name = "specialty", value = RegistryExamples.NEW_SPECIALTY)))
    @APIResponse(
            responseCode = "201",
            description = "Registered",
            content =
                    @Content(
                            schema = @Schema(implementation = SpecialtyView.class),
                            examples = @ExampleObject(name = "specialty", value = RegistryExamples.SPECIALTY)))
    @APIResponse(responseCode = "409", description = "The code is taken")
    public Response register(@NotNull @Valid NewSpecialty request) {
        SpecialtyView specialty = registry.createSpecialty(request);
        return Response.created(URI.create("/api/specialties/" + specialty.code()))
                .entity(specialty)
                .build();
    }

    @GET
    @Authenticated
    @Operation(summary = "List specialties", description = "All specialties (reference data, not scoped).")
    @APIResponse(responseCode = "200", description = "One page of specialties")
    public Page<SpecialtyView> list(@BeanParam @Valid PageRequest page) {
        return registry.specialties(page);
    }

    @GET
    @Path("/{code}")
    @Authenticated
    @Operation(summary = "Get a specialty", description = "One specialty by code.")
    @APIResponse(
            responseCode = "200",
            description = "The specialty",
            content =
                    @Content(
                            schema = @Schema(implementation = SpecialtyView.class),
                            examples = @ExampleObject(name = "specialty", value = RegistryExamples.SPECIALTY)))
    public SpecialtyView get(@PathParam("code") String code) {
        return registry.specialty(code);
    }

    @Extension(name = Conditional.IF_MATCH, value = Conditional.OPTIONAL)
    @PUT
    @Path("/{code}")
    @RolesAllowed({Roles.REGION_COORDINATOR, Roles.REFERENCE_DATA})
    @Operation(
            summary = "Update or deactivate a specialty",
            description = "Changes the name; active=false deactivates.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/json",
                            examples = @ExampleObject(name = "rename", value = RegistryExamples.NAMED_UPDATE)))
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = SpecialtyView.class)))
    public SpecialtyView update(@PathParam("code") String code, @NotNull @Valid NamedUpdate update) {
        return registry.updateSpecialty(code, update);
    }
}

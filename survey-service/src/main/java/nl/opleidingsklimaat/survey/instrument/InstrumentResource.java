package nl.opleidingsklimaat.survey.instrument;

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
import nl.opleidingsklimaat.platform.paging.Page;
import nl.opleidingsklimaat.platform.paging.PageRequest;
import nl.opleidingsklimaat.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/instruments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Instruments",
        description =
                "Versioned item banks (Opleidingsmonitor, thermometer welzijn aios); a published version never changes")
public class InstrumentResource {
    @Inject
    InstrumentService instruments;

    @GET
    @Authenticated
    @Operation(
            summary = "List published instrument versions",
            description = "Every published version, optionally of one instrument code; paged.")
    @APIResponse(
            responseCode = "200",
            description = "A page of instrument versions",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "page", value = InstrumentExamples.PAGE)))
    public Page<InstrumentSummary> list(
            @QueryParam("code") @Parameter(description = "Only the versions of this instrument, e.g. opleidingsmonitor")
                    String code,
            @BeanParam @Valid PageRequest page) {
        return instruments.list(code, page);
    }

    @GET
    @Path("/{code}/versions/{version}")
    @Authenticated
    @Operation(
            summary = "Read one instrument version",
            description = "Domains, items with their Dutch text and scale, report rules and wellbeing signal rules.")
    @APIResponse(
            responseCode = "200",
            description = "The instrument version",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = InstrumentDefinition.class),
                            examples = @ExampleObject(name = "instrument", value = InstrumentExamples.DEFINITION)))
    public InstrumentDefinition get(@PathParam("code") String code, @PathParam("version") String version) {
        return instruments.definition(code, version);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGION_COORDINATOR, Roles.REFERENCE_DATA})
    @Operation(
            summary = "Import (publish) an instrument version",
            description =
                    "Loads an item bank: national reference data (role reference-data) or a region's own (its coordinator); machine tokens of role system do not publish instruments. The version is published at once and never changes: importing an existing code and version answers 409; publish a new version instead. Items are Likert 1-5 (optionally 'niet van toepassing'), frequency 1-5, yes/no or open text.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = InstrumentDefinition.class),
                            examples = @ExampleObject(name = "instrument", value = InstrumentExamples.DEFINITION)))
    @APIResponse(
            responseCode = "201",
            description = "Published; Location points to the version",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "instrument", value = InstrumentExamples.DEFINITION)))
    @APIResponse(responseCode = "403", description = "Not a region coordinator or a keeper of reference data")
    @APIResponse(responseCode = "409", description = "This version is already published")
    public Response publish(@NotNull @Valid InstrumentDefinition definition, @Context UriInfo uri) {
        instruments.publish(definition);
        return Response.created(uri.getBaseUriBuilder()
                        .path("api/instruments/{code}/versions/{version}")
                        .build(definition.code(), definition.version()))
                .entity(instruments.definition(definition.code(), definition.version()))
                .build();
    }
}

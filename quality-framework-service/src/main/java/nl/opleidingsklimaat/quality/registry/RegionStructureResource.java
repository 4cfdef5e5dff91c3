package nl.opleidingsklimaat.quality.registry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.opleidingsklimaat.platform.security.Roles;
import nl.opleidingsklimaat.quality.registry.RegionStructure.ImportResult;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Produces(MediaType.APPLICATION_JSON)
@Path("/api/regions/{code}/structure-imports")
@Tag(name = "Registry: bulk import", description = "Import a region's whole structure at once")
public class RegionStructureResource {

    @Inject
    StructureImportService imports;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGION_COORDINATOR, Roles.SYSTEM})
    @Operation(
            summary = "Import a region's structure (JSON)",
            description =
                    "Creates or updates the institutions, specialties, clusters and programmes of the region in one transaction. Any invalid row rejects the whole import with one violation per problem (field = row location, e.g. programmes[2].clusterCode). Publishes InstitutionRegistered, ProgrammeRegistered and ProgrammeUpdated for what changed.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "structure", value = RegistryExamples.STRUCTURE_JSON)))
    @APIResponse(
            responseCode = "200",
            description = "Imported",
            content =
                    @Content(
                            schema = @Schema(implementation = ImportResult.class),
                            examples = @ExampleObject(name = "result", value = RegistryExamples.IMPORT_RESULT)))
    @APIResponse(responseCode = "400", description = "One or more invalid rows; nothing was stored")
    @APIResponse(responseCode = "404", description = "Region absent or out of scope")
    public ImportResult importJson(@PathParam("code") String code, RegionStructure structure) {
        return imports.importJson(code, structure);
    }

    @POST
    @Consumes("text/csv")
    @RolesAllowed({Roles.REGION_COORDINATOR, Roles.SYSTEM})
    @Operation(
            summary = "Import a region's structure (CSV)",
            description =
                    "The same as the JSON import, from a CSV with header kind,code,name,specialtyCode,institutionCode,clusterCode,directorReference; kind is institution, specialty, cluster or programme. Errors name the line: rows[3].code.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "text/csv",
                            examples = @ExampleObject(name = "structure", value = RegistryExamples.STRUCTURE_CSV)))
    @APIResponse(
            responseCode = "200",
            description = "Imported",
            content =
                    @Content(
                            schema = @Schema(implementation = ImportResult.class),
                            examples = @ExampleObject(name = "result", value = RegistryExamples.IMPORT_RESULT)))
    @APIResponse(responseCode = "400", description = "Unreadable CSV or invalid rows; nothing was stored")
    @APIResponse(responseCode = "404", description = "Region absent or out of scope")
    public ImportResult importCsv(@PathParam("code") String code, String csv) {
        return imports.importCsv(code, csv);
    }
}

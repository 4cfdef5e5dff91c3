package nl.opleidingsklimaat.quality.framework;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
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

@Produces(MediaType.APPLICATION_JSON)
@Path("/api/frameworks")
@Tag(
        name = "Quality framework",
        description = "The Kwaliteitskader: versions of the actor x domain matrix of tasks and evidence examples")
@Authenticated
public class FrameworkResource {
    static final String SUMMARY_EXAMPLE = """
            {"id": "4a1f0c7e-2b59-4c39-9b9e-1f5f8f0f6a11", "code": "KWALITEITSKADER-CLUSTER-2", "version": "1",
             "title": "Kwaliteitskader cluster 2", "source": "Kwaliteitskader cluster 2, Bijlage 1", "importedAt": "2026-06-01T08:00:00Z"}""";
    static final String CELL_EXAMPLE = """
            {"framework": {"code": "KWALITEITSKADER-CLUSTER-2", "version": "1"},
             "disclaimer": "De taken en voorbeelden in de tabellen zijn niet uitputtend; ze kunnen richtinggevend zijn bij het inrichten van een kwaliteitszorgsysteem voor de opleiding. Een volledig overzicht van verantwoordelijkheden vindt u in het CCMS-Kaderbesluit, de landelijke opleidingsplannen en de regionale uitwerking van deze landelijke opleidingsplannen. Meer voorbeelden van de invulling van taken per actor vindt u op www.knmg.nl/cgs/kwaliteitenerkenning.",
             "domain": {"code": "professionalisering", "name": "Professionalisering"},
             "cells": [{"actorCode": "aios", "domainCode": "professionalisering",
                        "tasks": [{"position": 1, "text": "dragen bij (individueel of als groep) aan de professionaliseringsactiviteiten van supervisors/ opleiders, ...", "details": []}],
                        "evidenceExamples": [{"position": 1, "text": "publicaties, workshops of voordrachten verzorgen ...", "details": []}]}]}""";
    static final String ACTOR_EXAMPLE = """
            {"framework": {"code": "KWALITEITSKADER-CLUSTER-2", "version": "1"},
             "disclaimer": "De taken en voorbeelden in de tabellen zijn niet uitputtend; ze kunnen richtinggevend zijn bij het inrichten van een kwaliteitszorgsysteem voor de opleiding. Een volledig overzicht van verantwoordelijkheden vindt u in het CCMS-Kaderbesluit, de landelijke opleidingsplannen en de regionale uitwerking van deze landelijke opleidingsplannen. Meer voorbeelden van de invulling van taken per actor vindt u op www.knmg.nl/cgs/kwaliteitenerkenning.",
             "actor": {"code": "coc", "name": "COC", "role": "Bewaakt en bevordert continu de kwaliteit en innovatie ...",
                       "tasksHeading": "Taken van de COC. Zij:", "examplesHeading": "Voorbeelden waaruit dit kan blijken. U kunt:",
                       "cells": [{"actorCode": "coc", "domainCode": "opleidingsklimaat",
                                  "tasks": [{"position": 1, "text": "bevordert een gunstig en veilig opleidingsklimaat in de instelling;", "details": []}],
                                  "evidenceExamples": [{"position": 1, "text": "met regelmaat casuïstiek bespreken ...", "details": []}]}]}}""";
    static final String DOCUMENT_EXAMPLE = """
            {"code": "KWALITEITSKADER-CLUSTER-2", "version": "2", "title": "Kwaliteitskader cluster 2", "source": "Kwaliteitskader cluster 2, Bijlage 1",
             "disclaimer": "De taken en voorbeelden in de tabellen zijn niet uitputtend; ...",
             "domains": [{"code": "opleidingsklimaat", "name": "Opleidingsklimaat"}],
             "actors": [{"code": "raad-van-bestuur", "name": "Raad van Bestuur", "role": "Ontwikkelt en draagt de instellingsbrede visie op opleiden uit ...",
                         "tasksHeading": "Taken van de RvB. Zij:", "examplesHeading": "Voorbeelden waaruit dit kan blijken. U kunt:",
                         "cells": [{"domain": "opleidingsklimaat", "tasks": [{"text": "bewaakt en stimuleert een goed opleidingsklimaat binnen de instelling."}],
                                    "evidenceExamples": [{"text": "een intern kwaliteitszorgsysteem voor opleiden ondersteunen ..."}]}]}]}""";

    @Inject
    FrameworkService frameworks;

    @GET
    @Operation(
            summary = "List framework versions",
            description = "All imported versions, newest first, optionally of one framework code.")
    @APIResponse(responseCode = "200", description = "One page of versions")
    public Page<Summary> list(
            @QueryParam("code") @Parameter(description = "Only the versions of this framework") String code,
            @BeanParam @Valid PageRequest page) {
        return frameworks.list(code, page);
    }

    @GET
    @Path("/{id}")
    @Operation(
            summary = "Get a framework version",
            description = "Source, version, domains and actors with their role statements.")
    @APIResponse(
            responseCode = "200",
            description = "The version",
            content = @Content(schema = @Schema(implementation = Details.class)))
    public Details get(@PathParam("id") UUID id) {
        return frameworks.details(id);
    }

    @GET
    @Path("/{id}/matrix")
    @Operation(
            summary = "The framework as a matrix",
            description =
                    "One row per actor (with its role), one cell per domain with its tasks and evidence examples, in the original Dutch. "
                            + "Around the matrix, the source's own words: its disclaimer that the tasks and examples are not exhaustive "
                            + "(`disclaimer`), and per actor the headings of the tasks and examples columns (`tasksHeading`, `examplesHeading`).")
    @APIResponse(
            responseCode = "200",
            description = "The matrix",
            content = @Content(schema = @Schema(implementation = Matrix.class)))
    public Matrix matrix(@PathParam("id") UUID id) {
        return frameworks.matrix(id);
    }

    @GET
    @Path("/{id}/actors/{actor}")
    @Operation(
            summary = "One actor's row",
            description =
                    "An actor's role and its cells in every domain, e.g. actor coc, with the headings of the tasks"
                            + " and examples columns and the framework's disclaimer, in the source's words.")
    @APIResponse(
            responseCode = "200",
            description = "The actor's row",
            content =
                    @Content(
                            schema = @Schema(implementation = ActorSlice.class),
                            examples = @ExampleObject(name = "actor", value = ACTOR_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such version or actor")
    public ActorSlice actor(@PathParam("id") UUID id, @PathParam("actor") String actor) {
        return frameworks.actor(id, actor);
    }

    @GET
    @Path("/{id}/domains/{domain}")
    @Operation(
            summary = "One domain's column",
            description = "Every actor's cell in one domain, e.g. domain professionalisering.")
    @APIResponse(
            responseCode = "200",
            description = "The domain's cells",
            content =
                    @Content(
                            schema = @Schema(implementation = DomainSlice.class),
                            examples = @ExampleObject(name = "domain", value = CELL_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such version or domain")
    public DomainSlice domain(@PathParam("id") UUID id, @PathParam("domain") String domain) {
        return frameworks.domain(id, domain);
    }

    @POST
    @RolesAllowed(Roles.REFERENCE_DATA)
    @Operation(
            summary = "Import a new framework version",
            description =
                    "Stores a new version next to the old ones (same format as the data files); assessments made on an older version keep pointing at it and do not change. Every actor must have one cell per domain. The Kwaliteitskader is national: only the reference-data keeper imports it, not a hospital's system nor one region's coordinator.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/json",
                            examples = @ExampleObject(name = "new version", value = DOCUMENT_EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "Imported",
            content =
                    @Content(
                            schema = @Schema(implementation = Summary.class),
                            examples = @ExampleObject(name = "summary", value = SUMMARY_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid document or a matrix with holes")
    @APIResponse(responseCode = "409", description = "This code and version exist")
    public Response importVersion(@NotNull @Valid FrameworkDocument document) {
        Summary framework = frameworks.importVersion(document);
        return Response.created(URI.create("/api/frameworks/" + framework.id()))
                .entity(framework)
                .build();
    }
}

package nl.opleidingsklimaat.events.trainingevent;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.opleidingsklimaat.platform.paging.Page;
import nl.opleidingsklimaat.platform.paging.PageRequest;
import nl.opleidingsklimaat.platform.problem.Problem;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/programme-templates")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Programme templates",
        description = "Event descriptions and programmes from the reference documents, to start from")
public class ProgrammeTemplateResource {
    private static final String EXAMPLE = """
            {"code":"verdiepingsdag-zorg-voor-de-aios","kind":"deepening-day","title":"Verdiepingsdag COC: Zorg voor de aios & opleiders",
             "startTime":"13:00","endTime":"17:00","capacity":50,"referencePoints":3.0,
             "competences":[{"competence":"communicatie","percent":20},{"competence":"samenwerken","percent":30},{"competence":"leiderschap","percent":50}],
             "programme":[{"title":"Inleiding & relevantie thema","minutes":15,"format":"lecture"}]}""";

    @Inject
    ProgrammeTemplates templates;

    @GET
    @Operation(
            summary = "List programme templates",
            description = "Templates taken from the reference documents (e.g. the COC verdiepingsdag).")
    @APIResponse(
            responseCode = "200",
            description = "One page of templates",
            content = @Content(schema = @Schema(implementation = Page.class)))
    @APIResponse(
            responseCode = "400",
            description = "Bad paging",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ProgrammeTemplate> list(@BeanParam @Valid PageRequest page) {
        List<ProgrammeTemplate> all = templates.all();
        List<ProgrammeTemplate> items =
                all.stream().skip((long) page.offset()).limit(page.size).toList();
        return Page.of(items, page, all.size());
    }

    @GET
    @Path("/{code}")
    @Operation(
            summary = "Get a programme template",
            description = "The event description and programme of one reference document; use its fields "
                    + "to create an event and set its programme.")
    @APIResponse(
            responseCode = "200",
            description = "The template",
            content =
                    @Content(
                            schema = @Schema(implementation = ProgrammeTemplate.class),
                            examples = @ExampleObject(name = "verdiepingsdag", value = EXAMPLE)))
    @APIResponse(
            responseCode = "401",
            description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such template",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProgrammeTemplate get(@PathParam("code") String code) {
        return templates
                .byCode(code)
                .orElseThrow(() -> ProblemException.notFound("Programme template %s not found", code));
    }
}

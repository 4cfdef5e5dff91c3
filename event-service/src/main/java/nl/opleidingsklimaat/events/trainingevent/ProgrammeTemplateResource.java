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
                            examples = @ExampleObject(name = "verdiepingsdag", value = TrainingEventExamples.TEMPLATE)))
    public ProgrammeTemplate get(@PathParam("code") String code) {
        return templates
                .byCode(code)
                .orElseThrow(() -> ProblemException.notFound("Programme template %s not found", code));
    }
}

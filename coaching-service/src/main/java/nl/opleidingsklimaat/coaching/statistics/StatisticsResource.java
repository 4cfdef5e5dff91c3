package nl.opleidingsklimaat.coaching.statistics;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import nl.opleidingsklimaat.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/coaching-statistics")
@Tag(name = "Coaching statistics", description = "Uptake as counts only; counts below 4 read \"fewer than 4\"")
public class StatisticsResource {

    @Inject
    StatisticsService statistics;

    @GET
    @Path("/programmes/{code}")
    @RolesAllowed({
        Roles.PROGRAMME_DIRECTOR,
        Roles.SUPERVISOR,
        Roles.COC,
        Roles.BOARD,
        Roles.REGION_COORDINATOR,
        Roles.EDUCATION_ADVISOR,
        Roles.SYSTEM
    })
    @Operation(
            summary = "Coaching uptake of a programme",
            description =
                    "Counts of residents in coaching, completed tracks and residents "
                            + "in intervision; each count below 4 is shown as \"fewer than 4\" without the number. Never a reason, a note or a person.")
    @APIResponse(
            responseCode = "200",
            description = "The counts",
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema = @Schema(implementation = ProgrammeStatistics.class),
                            examples = @ExampleObject(name = "programme", value = StatisticsExamples.PROGRAMME)))
    public ProgrammeStatistics programme(@PathParam("code") String code) {
        return statistics.programme(code);
    }

    @GET
    @Path("/institutions/{code}")
    @RolesAllowed({Roles.COC, Roles.BOARD, Roles.REGION_COORDINATOR, Roles.EDUCATION_ADVISOR, Roles.SYSTEM})
    @Operation(
            summary = "Coaching uptake of an institution",
            description =
                    "The institution's counts and each programme's; counts below 4 " + "are shown as \"fewer than 4\".")
    @APIResponse(
            responseCode = "200",
            description = "The counts",
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema = @Schema(implementation = InstitutionStatistics.class)))
    public InstitutionStatistics institution(@PathParam("code") String code) {
        return statistics.institution(code);
    }
}

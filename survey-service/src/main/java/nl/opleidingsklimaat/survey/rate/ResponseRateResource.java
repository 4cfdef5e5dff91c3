package nl.opleidingsklimaat.survey.rate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import nl.opleidingsklimaat.platform.paging.Page;
import nl.opleidingsklimaat.platform.paging.PageRequest;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/campaigns/{id}/response-rates")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Roles.REGION_COORDINATOR,
    Roles.EDUCATION_ADVISOR,
    Roles.COC,
    Roles.PROGRAMME_DIRECTOR,
    Roles.SUPERVISOR,
    Roles.SYSTEM
})
@Tag(name = "Response rates", description = "Live invited / answered / rate per programme, institution and region")
public class ResponseRateResource {
    @Inject
    ResponseRateService rates;

    @GET
    @Operation(
            summary = "Live response rates of a campaign",
            description =
                    "Coordinator and education advisor of the region: every level. COC: programme and institution level for their institutions. Programme director and supervisors: their own programmes only, with counts only once at least the threshold has answered (below it a row with belowThreshold=true and no figures). Those who read the counts see per programme shortOfThreshold, the answers still needed for a report (atRisk=true lists only the programmes still short).")
    @APIResponse(
            responseCode = "200",
            description = "A page of response rates",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "rates", value = ResponseRateExamples.PAGE)))
    @APIResponse(responseCode = "403", description = "This level is not for the caller's role")
    public Page<ResponseRateView> rates(
            @PathParam("id") UUID id,
            @QueryParam("level") @DefaultValue("PROGRAMME") @Parameter(description = "PROGRAMME, INSTITUTION or REGION")
                    RateLevel level,
            @QueryParam("atRisk")
                    @DefaultValue("false")
                    @Parameter(
                            description =
                                    "Only the programmes still short of the threshold (shortOfThreshold above 0): the ones to chase. Programme level, for those who read the counts")
                    boolean atRisk,
            @BeanParam @Valid PageRequest page) {
        if (atRisk && level != RateLevel.PROGRAMME) {
            throw ProblemException.invalidField("atRisk", "applies to level PROGRAMME only");
        }
        return rates.rates(id, level, atRisk, page);
    }
}

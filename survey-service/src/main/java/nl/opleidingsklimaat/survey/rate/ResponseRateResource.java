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
                    "Coordinator and education advisor of the region: every level. COC: programme and institution level for their institutions. Programme director and supervisors: their own programmes only, with counts only once at least the threshold has answered (below it a row with belowThreshold=true and no figures).")
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
            @BeanParam @Valid PageRequest page) {
        return rates.rates(id, level, page);
    }
}

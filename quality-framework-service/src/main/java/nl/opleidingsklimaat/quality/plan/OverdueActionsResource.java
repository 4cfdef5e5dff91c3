package nl.opleidingsklimaat.quality.plan;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.opleidingsklimaat.platform.paging.Page;
import nl.opleidingsklimaat.platform.paging.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Produces(MediaType.APPLICATION_JSON)
@Path("/api/overdue-actions")
@Tag(name = "Improvement plans")
@Authenticated
public class OverdueActionsResource {

    @Inject
    OverdueActions overdue;

    @GET
    @Operation(
            summary = "Overdue actions of an institution",
            description =
                    "Open actions past their due date in the institution's plans that are not closed, oldest due date first. For COC and board of the institution and the region's coordinators and advisors.")
    @APIResponse(responseCode = "200", description = "One page of overdue actions")
    @APIResponse(responseCode = "400", description = "institutionCode missing or invalid paging")
    @APIResponse(responseCode = "404", description = "Institution absent or out of scope")
    public Page<OverdueAction> list(
            @QueryParam("institutionCode")
                    @Parameter(description = "The institution whose late actions to list, e.g. LUMC")
                    @NotBlank
                    String institutionCode,
            @BeanParam @Valid PageRequest page) {
        return overdue.ofVisibleInstitution(institutionCode, page);
    }
}

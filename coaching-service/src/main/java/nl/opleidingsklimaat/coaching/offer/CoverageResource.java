package nl.opleidingsklimaat.coaching.offer;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import nl.opleidingsklimaat.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api")
@Tag(name = "Offers")
public class CoverageResource {
    @Inject
    OfferService offers;

    @GET
    @Path("/offer-types")
    @Authenticated
    @Operation(
            summary = "Offer types and the six conditions",
            description =
                    "Every form of personal development the policy knows, with "
                            + "the six conditions of the policy (individueel, onafhankelijke coach, coach met kennis van de medische wereld, bekostiging uit "
                            + "het opleidingsbudget, binnen werktijd, centraal vanuit COC), whether each is met, and where it falls short.")
    @APIResponse(
            responseCode = "200",
            description = "The offer types (a short, fixed list from the policy data file)",
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            implementation = OfferTypeView.class,
                                            type =
                                                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType
                                                            .ARRAY)))
    public List<OfferTypeView> offerTypes() {
        return offers.offerTypes();
    }

    @GET
    @Path("/offer-types/{code}")
    @Authenticated
    @Operation(summary = "One offer type", description = "An offer type with each condition and whether it is met.")
    @APIResponse(
            responseCode = "200",
            description = "The offer type",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = OfferTypeView.class)))
    public OfferTypeView offerType(@PathParam("code") String code) {
        return offers.offerType(code);
    }

    @GET
    @Path("/coverage/institutions/{code}")
    @RolesAllowed({Roles.COC, Roles.BOARD, Roles.REGION_COORDINATOR, Roles.EDUCATION_ADVISOR, Roles.SYSTEM})
    @Operation(
            summary = "Coverage of an institution",
            description = "Residents offered personal development / residents known, per "
                    + "programme and for the institution, with the programmes lagging behind first. For the COC. "
                    + "A resident counts as offered only with an offer that meets every required condition of the "
                    + "policy (the \"bij voorkeur\" ones are advice); residents offered nothing but forms that fall "
                    + "short are counted apart (`residentsOfferedWithShortfallsOnly`), and each programme says per "
                    + "offer type which conditions were missed (`fallingShort`).")
    @APIResponse(
            responseCode = "200",
            description = "Coverage",
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema = @Schema(implementation = InstitutionCoverage.class),
                            examples = @ExampleObject(name = "coverage", value = OfferExamples.INSTITUTION_COVERAGE)))
    public InstitutionCoverage institution(@PathParam("code") String code) {
        return offers.institutionCoverage(code);
    }

    @GET
    @Path("/coverage/programmes/{code}")
    @RolesAllowed({
        Roles.COC,
        Roles.BOARD,
        Roles.PROGRAMME_DIRECTOR,
        Roles.REGION_COORDINATOR,
        Roles.EDUCATION_ADVISOR,
        Roles.SYSTEM
    })
    @Operation(
            summary = "Coverage of a programme",
            description = "Residents offered personal development / residents known in one programme. Only offers "
                    + "that meet every required condition of the policy count; residents offered only forms that fall "
                    + "short are counted apart, with the conditions missed per offer type.")
    @APIResponse(
            responseCode = "200",
            description = "Coverage",
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema = @Schema(implementation = ProgrammeCoverage.class),
                            examples = @ExampleObject(name = "coverage", value = OfferExamples.PROGRAMME_COVERAGE)))
    public ProgrammeCoverage programme(@PathParam("code") String code) {
        return offers.programmeCoverage(code);
    }
}

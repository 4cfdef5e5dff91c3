package nl.opleidingsklimaat.coaching.offer;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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

@Path("/api")
@Tag(
        name = "Offers",
        description = "Every resident must be offered a form of personal development (persoonlijke ontwikkeling)")
public class OfferResource {
    @Inject
    OfferService offers;

    @POST
    @Path("/offers")
    @RolesAllowed({Roles.COC, Roles.PROGRAMME_DIRECTOR, Roles.SYSTEM})
    @Operation(
            summary = "Record an offer of personal development",
            description = "Records that a resident (opaque reference) of a "
                    + "programme was offered a form of personal development; the resident becomes known in the programme. COC, the programme's "
                    + "director or a system, within scope.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            examples = @ExampleObject(name = "coaching", value = OfferExamples.OFFER_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema = @Schema(implementation = OfferView.class),
                            examples = @ExampleObject(name = "offer", value = OfferExamples.OFFER)))
    @APIResponse(responseCode = "400", description = "Invalid request or unknown offer type")
    @APIResponse(responseCode = "404", description = "Programme unknown or out of scope")
    public Response record(@NotNull @Valid OfferRequest request, @Context UriInfo uri) {
        OfferView offer = offers.record(request);
        return Response.created(uri.getBaseUriBuilder().path("api/offers/{id}").build(offer.id()))
                .entity(offer)
                .build();
    }

    @GET
    @Path("/offers/{id}")
    @RolesAllowed({
        Roles.RESIDENT,
        Roles.COC,
        Roles.BOARD,
        Roles.PROGRAMME_DIRECTOR,
        Roles.REGION_COORDINATOR,
        Roles.EDUCATION_ADVISOR,
        Roles.SYSTEM
    })
    @Operation(
            summary = "Read an offer",
            description = "The resident's own offer, or an offer in the caller's scope (audited).")
    @APIResponse(
            responseCode = "200",
            description = "The offer",
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema = @Schema(implementation = OfferView.class),
                            examples = @ExampleObject(name = "offer", value = OfferExamples.OFFER)))
    public OfferView get(@PathParam("id") UUID id) {
        return offers.get(id);
    }

    @GET
    @Path("/offers")
    @RolesAllowed({
        Roles.RESIDENT,
        Roles.COC,
        Roles.BOARD,
        Roles.PROGRAMME_DIRECTOR,
        Roles.REGION_COORDINATOR,
        Roles.EDUCATION_ADVISOR,
        Roles.SYSTEM
    })
    @Operation(
            summary = "List offers",
            description =
                    "Without `programme` or `institution`: the caller's own offers (residents). With "
                            + "`programme` or `institution`: the offers there, for staff in scope (audited), each with the policy conditions it falls short of; "
                            + "`fallingShort=true` keeps only offers of a type that misses a required (not merely preferred) condition.")
    @APIResponse(
            responseCode = "200",
            description = "A page of offers",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = Page.class)))
    @APIResponse(responseCode = "404", description = "Programme unknown or out of scope")
    public Page<OfferView> list(
            @QueryParam("programme") @Parameter(description = "Programme code", example = "LUMC-INT") String programme,
            @QueryParam("institution")
                    @Parameter(
                            description = "Institution code (COC, board, region): all its programmes' offers",
                            example = "LUMC")
                    String institution,
            @QueryParam("fallingShort")
                    @Parameter(description = "Only offers of a type that falls short of a required condition")
                    boolean fallingShort,
            @BeanParam @Valid PageRequest page) {
        return offers.list(programme, institution, fallingShort, page);
    }

    @POST
    @Path("/residents")
    @RolesAllowed({Roles.COC, Roles.PROGRAMME_DIRECTOR, Roles.SYSTEM})
    @Operation(
            summary = "Register a known resident",
            description = "Makes a resident (opaque reference) known in a programme, e.g. from "
                    + "the HR system; coverage counts residents offered against residents known.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            examples = @ExampleObject(name = "resident", value = OfferExamples.RESIDENT_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Registered",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = ResidentView.class)))
    @APIResponse(responseCode = "404", description = "Programme unknown or out of scope")
    @APIResponse(responseCode = "409", description = "Already known in this programme")
    public Response registerResident(@NotNull @Valid ResidentRequest request, @Context UriInfo uri) {
        ResidentView resident = offers.registerResident(request);
        return Response.created(uri.getBaseUriBuilder()
                        .path("api/coverage/programmes/{code}")
                        .build(resident.programmeCode()))
                .entity(resident)
                .build();
    }
}

package nl.opleidingsklimaat.events.registration;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import nl.opleidingsklimaat.events.attendance.AttendanceService;
import nl.opleidingsklimaat.events.attendance.CertificateService;
import nl.opleidingsklimaat.events.trainingevent.PageAddresses;
import nl.opleidingsklimaat.platform.conditional.Conditional;
import nl.opleidingsklimaat.platform.idempotency.Idempotency;
import nl.opleidingsklimaat.platform.paging.Page;
import nl.opleidingsklimaat.platform.paging.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/registrations")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Registrations", description = "Registering for events, the waiting list, confirmation of offered seats")
public class RegistrationResource {

    @Inject
    RegistrationService registrations;

    @Inject
    AttendanceService attendance;

    @Inject
    CertificateService certificates;

    @Inject
    PageAddresses addresses;

    @GET
    @Operation(
            summary = "My registrations",
            description = "The caller's own registrations for any event, oldest first.")
    @APIResponse(
            responseCode = "200",
            description = "One page of registrations",
            content =
                    @Content(
                            schema = @Schema(implementation = Page.class),
                            examples = @ExampleObject(name = "page", value = RegistrationExamples.PAGE)))
    public Page<RegistrationView> mine(@BeanParam @Valid PageRequest page) {
        return registrations.mine(page);
    }

    @GET
    @Path("/{id}")
    @Operation(
            summary = "Get a registration",
            description = "For its owner and the event's organisers (audited); others get 404.")
    @APIResponse(
            responseCode = "200",
            description = "The registration",
            content =
                    @Content(
                            schema = @Schema(implementation = RegistrationView.class),
                            examples = @ExampleObject(name = "registered", value = RegistrationExamples.VIEW)))
    public RegistrationView get(@PathParam("id") UUID id) {
        return registrations.get(id);
    }

    @POST
    @Path("/{id}/cancellation")
    @Operation(
            summary = "Cancel a registration",
            description = "The owner or an organiser cancels. A freed seat is offered to the first on the "
                    + "waiting list, who must confirm within the confirmation window; otherwise it passes to the next.")
    @APIResponse(responseCode = "200", description = "The cancelled registration")
    @APIResponse(responseCode = "409", description = "Already cancelled or expired, or the event was held")
    @Extension(name = Conditional.IF_MATCH, value = Conditional.OPTIONAL)
    public RegistrationView cancel(@PathParam("id") UUID id) {
        return registrations.cancel(id);
    }

    @POST
    @Path("/{id}/confirmation")
    @Operation(
            summary = "Confirm an offered seat",
            description = "A waiter promoted to 'offered' takes the seat before offerExpiresAt.")
    @APIResponse(responseCode = "200", description = "Now registered")
    @APIResponse(responseCode = "403", description = "Only the registrant confirms")
    @APIResponse(responseCode = "409", description = "Nothing to confirm (not offered)")
    @APIResponse(responseCode = "410", description = "The offer lapsed")
    @Extension(name = Conditional.IF_MATCH, value = Conditional.OPTIONAL)
    public RegistrationView confirm(@PathParam("id") UUID id) {
        return registrations.confirm(id);
    }

    @POST
    @Path("/{id}/page-link")
    // the response holds the link: no Idempotency-Key record may keep a copy of it
    @Extension(name = Idempotency.EXTENSION, value = Idempotency.NONE)
    @Operation(
            summary = "Issue the participant's personal page link",
            description = "A link to the participant's own pages in a browser: the registration (and an offered seat "
                    + "to confirm), the evaluation and the certificate once the event is held. For the participant, or "
                    + "a system acting for its own participant (to mail it). Only the link's hash is kept, so it is "
                    + "shown in this response only; issuing another replaces it.")
    @APIResponse(
            responseCode = "200",
            description = "The new link",
            content =
                    @Content(
                            schema = @Schema(implementation = PageLinkView.class),
                            examples = @ExampleObject(name = "link", value = RegistrationExamples.PAGE_LINK)))
    @APIResponse(responseCode = "403", description = "Not the participant (an organiser gets no link)")
    public Response pageLink(@PathParam("id") UUID id, @Context UriInfo uri) {
        String token = registrations.issuePageLink(id);
        return Response.ok(new PageLinkView(id, addresses.of(uri, "/registration/" + token)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    @POST
    @Path("/{id}/check-in")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Check in an attendee",
            description = "Organisers record an arrival on the event's day (time given, else now) and where the "
                    + "attendee takes part: on site or online (given, else as registered); the attendance list and the "
                    + "registration show it.")
    @RequestBody(
            required = false,
            content =
                    @Content(
                            schema = @Schema(implementation = CheckInRequest.class),
                            examples = {
                                @ExampleObject(name = "at the start", value = "{\"time\":\"13:00\"}"),
                                @ExampleObject(
                                        name = "online at a hybrid event",
                                        value = "{\"time\":\"13:05\",\"attendance\":\"online\"}")
                            }))
    @APIResponse(responseCode = "200", description = "The registration with its check-in")
    @APIResponse(responseCode = "403", description = "Participants do not check themselves in")
    @APIResponse(
            responseCode = "409",
            description = "Already checked in, not registered, or the event is not published")
    @APIResponse(
            responseCode = "422",
            description = "Not the event's day, or a way of taking part the event does not offer")
    @Extension(name = Conditional.IF_MATCH, value = Conditional.OPTIONAL)
    public RegistrationView checkIn(@PathParam("id") UUID id, CheckInRequest checkIn) {
        return RegistrationView.of(attendance.checkIn(
                id, checkIn == null ? null : checkIn.time(), checkIn == null ? null : checkIn.attendance()));
    }

    @POST
    @Path("/{id}/check-out")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Check out an attendee",
            description =
                    "Organisers record a departure after the check-in; points count the teaching time in between.")
    @RequestBody(
            required = false,
            content =
                    @Content(
                            schema = @Schema(implementation = AttendanceTime.class),
                            examples = @ExampleObject(name = "at the end", value = "{\"time\":\"17:00\"}")))
    @APIResponse(responseCode = "200", description = "The registration with its check-out")
    @APIResponse(responseCode = "400", description = "Bad time, or not after the check-in")
    @APIResponse(responseCode = "403", description = "Participants do not check themselves out")
    @APIResponse(responseCode = "409", description = "Not checked in, or the event is not published")
    @APIResponse(responseCode = "422", description = "Not the event's day")
    @Extension(name = Conditional.IF_MATCH, value = Conditional.OPTIONAL)
    public RegistrationView checkOut(@PathParam("id") UUID id, AttendanceTime time) {
        return RegistrationView.of(attendance.checkOut(id, time == null ? null : time.time()));
    }

    @GET
    @Path("/{id}/certificate")
    @Produces("application/pdf")
    @Operation(
            summary = "Certificate of attendance (PDF)",
            description = "For a checked-in attendee of a held event: event, date, hours, points and "
                    + "competences. The attendee and the organisers (audited) may fetch it.")
    @APIResponse(
            responseCode = "200",
            description = "The certificate",
            content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "409", description = "The event has not been held, or the registrant did not check in")
    public Response certificate(@PathParam("id") UUID id) {
        byte[] pdf = certificates.certificate(id).toPdf();
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"certificate-" + id + ".pdf\"")
                .build();
    }
}

package nl.opleidingsklimaat.survey.notification;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import nl.opleidingsklimaat.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/report-recipients/institutions/{code}")
@Produces(APPLICATION_JSON)
@RolesAllowed({Roles.COC, Roles.REGION_COORDINATOR, Roles.SYSTEM})
@Tag(name = "Report recipients", description = "Who hears that reports are ready: the COC's mailbox, directors")
public class ReportRecipientsResource {
    @Inject
    ReportRecipients recipients;

    @GET
    @Operation(
            summary = "Read an institution's report recipients",
            description = "The COC's mailbox and the directors' addresses by programme, to which the service mails"
                    + " (without any figures) that a campaign's reports are ready, or that a programme has no report"
                    + " below the threshold. The institution's COC, the region's coordinator, or a system token of the"
                    + " institution or region; audit-logged (a director's address is personal data).")
    @APIResponse(
            responseCode = "200",
            description = "The recipients",
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema = @Schema(implementation = ReportRecipientsView.class),
                            examples = @ExampleObject(name = "recipients", value = ReportRecipientsExamples.VIEW)))
    @APIResponse(responseCode = "404", description = "Unknown institution, or out of the caller's scope")
    public ReportRecipientsView read(@PathParam("code") String code) {
        return recipients.read(code);
    }

    @PUT
    @Consumes(APPLICATION_JSON)
    @Operation(
            summary = "Set an institution's report recipients",
            description = "Replaces the whole set: the COC's mailbox (left out: no COC mail) and a director's address"
                    + " per programme of the institution (a programme left out: no mail to its director). Addresses"
                    + " are looked up when a mail goes out, so a change reaches mails still owed. Every row is checked"
                    + " before anything changes.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            examples = @ExampleObject(name = "recipients", value = ReportRecipientsExamples.REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "The recipients as set",
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema = @Schema(implementation = ReportRecipientsView.class),
                            examples = @ExampleObject(name = "recipients", value = ReportRecipientsExamples.VIEW)))
    @APIResponse(responseCode = "400", description = "A malformed address, or no `directors` list")
    @APIResponse(responseCode = "404", description = "Unknown institution, or out of the caller's scope")
    @APIResponse(
            responseCode = "422",
            description = "A programme that is not the institution's, or one given twice; nothing was changed")
    public ReportRecipientsView replace(
            @PathParam("code") String code, @NotNull @Valid ReportRecipientsRequest request) {
        return recipients.replace(code, request);
    }
}

package nl.opleidingsklimaat.platform.mail;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import nl.opleidingsklimaat.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Reads and sets the switches of this service's own kinds of mail per institution. Present in a service that sets
 * the build property {@code platform.mail.switches=on} (one that sends mail), absent from the others' APIs.
 */
@Path("/api/mail-switches")
@IfBuildProperty(name = "platform.mail.switches", stringValue = "on")
@Tag(name = "Mail switches", description = "Which mails this service sends, switchable per institution")
public class MailSwitchResource {
    @Inject
    MailSwitches switches;

    @GET
    @Path("/institutions/{code}")
    @RolesAllowed({Roles.COC, Roles.REGION_COORDINATOR, Roles.SYSTEM})
    @Operation(
            summary = "Mail switches of an institution",
            description = "Every kind of mail this service sends (a short, fixed list), and whether it goes out for"
                    + " the institution: on or off as last set, or the kind's default while nobody set it. The"
                    + " institution's COC, the region's coordinator, or a system token scoped to the institution.")
    @APIResponse(
            responseCode = "200",
            description = "The switches",
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema = @Schema(implementation = MailSwitchView.class, type = SchemaType.ARRAY),
                            examples = @ExampleObject(name = "switches", value = MailSwitchExamples.LIST)))
    @APIResponse(responseCode = "404", description = "Unknown institution, or out of the caller's scope")
    public List<MailSwitchView> institution(@PathParam("code") String code) {
        return switches.of(code);
    }

    @PUT
    @Path("/institutions/{code}/{kind}")
    @RolesAllowed({Roles.COC, Roles.REGION_COORDINATOR, Roles.SYSTEM})
    @Operation(
            summary = "Switch a kind of mail on or off",
            description = "Sets whether this kind of mail goes out for the institution; the service checks the"
                    + " switch each time before it sends. Repeating the same request changes nothing but the time"
                    + " and the person recorded.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            examples = @ExampleObject(name = "off", value = MailSwitchExamples.REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "The switch as set",
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema = @Schema(implementation = MailSwitchView.class),
                            examples = @ExampleObject(name = "switch", value = MailSwitchExamples.SWITCH)))
    @APIResponse(responseCode = "400", description = "No `enabled` given")
    @APIResponse(responseCode = "404", description = "Unknown institution or kind, or out of the caller's scope")
    public MailSwitchView set(
            @PathParam("code") String code, @PathParam("kind") String kind, @NotNull @Valid MailSwitchRequest request) {
        return switches.set(code, kind, request.enabled());
    }
}

package nl.opleidingsklimaat.events.registration;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.opleidingsklimaat.events.trainingevent.AttendanceMode;
import nl.opleidingsklimaat.events.trainingevent.ParticipantRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A registration for a published event. A person registers themselves (the token's reference); a hospital system
 * ({@code system} token) registers someone by giving their {@code personReference}.
 */
@Schema(name = "RegistrationRequest")
public record RegistrationRequest(
        @Size(max = 100)
        @Schema(
                description = "Only for system tokens: the opaque reference of the person registered",
                example = "emp-004711")
        String personReference,

        @NotBlank @Size(max = 200) @Schema(example = "Dr. A. de Vries")
        String name,

        @NotNull @Schema(example = "programme-director") ParticipantRole role,

        @Size(max = 40) @Schema(description = "Defaults to the programme's institution", example = "EMC")
        String institutionCode,

        @Size(max = 40) @Schema(example = "EMC-INT") String programmeCode,

        @Pattern(regexp = "\\d{11}", message = "must be a BIG number of 11 digits") @Schema(example = "19012345601")
        String bigNumber,

        @Schema(description = "Accreditation needs a BIG number", example = "true")
        boolean accreditationWanted,

        @Email
        @Size(max = 254)
        @Schema(
                description = "Where the participant's mails go: the confirmation with a calendar invitation, a seat "
                        + "offered from the waiting list, the reminder the day before and the certificate. Without it "
                        + "the service sends no mail.",
                example = "a.devries@erasmusmc.nl")
        String email,

        @Schema(
                description = "On site or online, as the event offers; without it the event's one way, and for a "
                        + "hybrid event on site",
                example = "online")
        AttendanceMode attendance) {}

package nl.opleidingsklimaat.survey.invitation;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invited resident: e-mail address, programme code and an optional opaque reference (never a name). */
@JsonPropertyOrder({"email", "programmeCode", "reference"})
public record InvitationRow(
        @NotBlank
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "must be a well-formed e-mail address")
        @Size(max = 254)
        String email,

        @NotBlank @Size(max = 60) String programmeCode,

        @Schema(description = "Opaque reference of the hospital system, e.g. a personnel number hash")
        @Size(max = 100)
        @Pattern(regexp = "[A-Za-z0-9._:-]*", message = "letters, digits and . _ : - only")
        String reference) {}

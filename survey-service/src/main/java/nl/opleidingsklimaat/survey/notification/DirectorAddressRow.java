package nl.opleidingsklimaat.survey.notification;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A programme of the institution and the address of its director. */
public record DirectorAddressRow(
        @NotBlank @Size(max = 60) String programmeCode,

        @NotBlank
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "must be a well-formed e-mail address")
        @Size(max = 254)
        String email) {}

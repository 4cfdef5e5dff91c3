package nl.opleidingsklimaat.quality.plan;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record NewAction(
        @NotBlank @Size(max = 1000) @Schema(example = "Vaste supervisor per dienst inroosteren")
        String what,

        @Size(max = 200)
        @Schema(description = "Opaque reference of the person who owns the action", example = "person-4711")
        String ownerReference,

        @Email
        @Size(max = 254)
        @Schema(
                description =
                        "Where the owner gets the weekly digest of overdue actions (optional: no address, no mail)",
                example = "j.jansen@lumc.nl")
        String ownerEmail,

        @Schema(example = "2026-12-01") LocalDate dueDate,

        @Size(max = 80) @Schema(example = "opleidingsklimaat")
        String domainCode) {}

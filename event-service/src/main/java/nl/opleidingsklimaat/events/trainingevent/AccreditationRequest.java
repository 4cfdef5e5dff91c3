package nl.opleidingsklimaat.events.trainingevent;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The points the accreditation body accredits an event for, and why they differ from the computed points. */
@Schema(name = "AccreditationRequest")
public record AccreditationRequest(
        @NotNull
        @DecimalMin("0")
        @DecimalMax("99.5")
        @Digits(integer = 2, fraction = 1)
        @Schema(description = "Accredited points, in half points", example = "2.5")
        BigDecimal points,

        @NotBlank
        @Size(max = 2000)
        @Schema(
                description = "Why the accredited points differ from the computed ones (required)",
                example =
                        "De activerende borrel en de intermezzo's tellen niet mee; de plenaire terugkoppeling is ingekort")
        String reason) {}

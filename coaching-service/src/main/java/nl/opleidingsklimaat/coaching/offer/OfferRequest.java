package nl.opleidingsklimaat.coaching.offer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record OfferRequest(
        @NotBlank
        @Size(max = 100)
        @Schema(description = "Opaque reference of the resident, never a name", example = "res-7f3a")
        String residentReference,

        @NotBlank @Size(max = 50) @Schema(example = "LUMC-INT")
        String programmeCode,

        @NotBlank
        @Size(max = 50)
        @Schema(description = "An offer type code from /api/offer-types", example = "coaching")
        String offerTypeCode,

        @NotNull @PastOrPresent @Schema(example = "2026-03-01")
        LocalDate offeredOn) {}

package nl.opleidingsklimaat.coaching.offer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ResidentRequest(
        @NotBlank @Size(max = 100) @Schema(example = "res-7f3a")
        String residentReference,

        @NotBlank @Size(max = 50) @Schema(example = "LUMC-INT")
        String programmeCode) {}

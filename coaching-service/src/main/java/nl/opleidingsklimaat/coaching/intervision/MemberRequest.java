package nl.opleidingsklimaat.coaching.intervision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record MemberRequest(
        @NotBlank @Size(max = 100) @Schema(example = "res-7f3a")
        String residentReference,

        @NotBlank @Size(max = 50) @Schema(example = "MUMC-CHI")
        String programmeCode) {}

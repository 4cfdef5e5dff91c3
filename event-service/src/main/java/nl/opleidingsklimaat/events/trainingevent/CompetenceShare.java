package nl.opleidingsklimaat.events.trainingevent;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The share (percent) of an event's accreditation attributed to one CanMEDS competence; all shares sum to 100. */
@Schema(name = "CompetenceShare")
public record CompetenceShare(
        @NotBlank @Size(max = 60) @Schema(example = "leiderschap")
        String competence,

        @NotNull @Positive @Max(100) @Schema(example = "50") Integer percent) {}

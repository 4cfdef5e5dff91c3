package nl.opleidingsklimaat.events.trainingevent;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A timed part inside a programme item, such as the 20' introduction of a 70' item. */
@Schema(name = "ProgrammeItemPart")
public record ItemPart(
        @NotBlank @Size(max = 200) @Schema(example = "Inleiding")
        String title,

        @NotNull @Positive @Max(720) @Schema(example = "20") Integer minutes) {}

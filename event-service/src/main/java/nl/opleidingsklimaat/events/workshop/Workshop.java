package nl.opleidingsklimaat.events.workshop;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One workshop in a round. The same code in two rounds means the same workshop given twice; nobody is placed in it
 * twice.
 */
@Schema(name = "Workshop")
public record Workshop(
        @NotBlank
        @Size(max = 20)
        @Pattern(regexp = "[A-Za-z0-9-]+", message = "letters, digits and dashes only")
        @Schema(example = "W1")
        String code,

        @NotBlank @Size(max = 200) @Schema(example = "Intervisie in de opleidingsgroep")
        String title,

        @NotNull @Positive @Max(500) @Schema(example = "25") Integer capacity) {}

package nl.opleidingsklimaat.quality.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Name and active flag; setting active to false deactivates (nothing is ever hard-deleted). */
public record NamedUpdate(
        @NotBlank @Size(max = 200) @Schema(example = "OOR Leiden")
        String name,

        @NotNull @Schema(example = "true") Boolean active) {}

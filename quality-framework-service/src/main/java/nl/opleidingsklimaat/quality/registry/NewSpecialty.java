package nl.opleidingsklimaat.quality.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record NewSpecialty(
        @NotBlank
        @Pattern(regexp = RegistryCodes.CODE_PATTERN, message = RegistryCodes.CODE_MESSAGE)
        @Schema(example = "INT")
        String code,

        @NotBlank @Size(max = 200) @Schema(example = "Interne geneeskunde")
        String name) {}

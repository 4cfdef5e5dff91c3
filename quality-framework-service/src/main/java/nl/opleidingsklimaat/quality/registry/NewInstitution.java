package nl.opleidingsklimaat.quality.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record NewInstitution(
        @NotBlank
        @Pattern(regexp = RegistryCodes.CODE_PATTERN, message = RegistryCodes.CODE_MESSAGE)
        @Schema(example = "LUMC")
        String code,

        @NotBlank @Size(max = 200) @Schema(example = "Leids Universitair Medisch Centrum")
        String name,

        @NotBlank @Schema(example = "OOR-LEIDEN") String regionCode) {}

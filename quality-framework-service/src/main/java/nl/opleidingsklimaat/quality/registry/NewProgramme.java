package nl.opleidingsklimaat.quality.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record NewProgramme(
        @NotBlank
        @Pattern(regexp = RegistryCodes.CODE_PATTERN, message = RegistryCodes.CODE_MESSAGE)
        @Schema(example = "LUMC-INT")
        String code,

        @NotBlank @Size(max = 200) @Schema(example = "Interne geneeskunde LUMC")
        String name,

        @NotBlank @Schema(example = "INT") String specialtyCode,
        @NotBlank @Schema(example = "LUMC") String institutionCode,
        @Schema(example = "OOR-LEIDEN-INT") String clusterCode,

        @Size(max = 200)
        @Schema(description = "Opaque reference to the programme director, never a name", example = "person-4711")
        String directorReference) {}

package nl.opleidingsklimaat.quality.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record NewCluster(
        @NotBlank
        @Pattern(regexp = RegistryCodes.CODE_PATTERN, message = RegistryCodes.CODE_MESSAGE)
        @Schema(example = "OOR-LEIDEN-INT")
        String code,

        @NotBlank @Size(max = 200) @Schema(example = "Cluster interne geneeskunde Leiden")
        String name,

        @NotBlank @Schema(example = "OOR-LEIDEN") String regionCode,
        @NotBlank @Schema(example = "INT") String specialtyCode) {}

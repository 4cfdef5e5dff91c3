package nl.opleidingsklimaat.quality.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ProgrammeUpdate(
        @NotBlank @Size(max = 200) @Schema(example = "Interne geneeskunde LUMC")
        String name,

        @Schema(example = "OOR-LEIDEN-INT") String clusterCode,

        @Size(max = 200) @Schema(example = "person-4712") String directorReference,

        @NotNull @Schema(example = "true") Boolean active) {}

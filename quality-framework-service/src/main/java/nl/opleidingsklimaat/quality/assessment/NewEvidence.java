package nl.opleidingsklimaat.quality.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record NewEvidence(
        @NotBlank @Size(max = 300) @Schema(example = "Notulen opleidingsvergadering 12 maart 2026")
        String title,

        @NotNull @Schema(example = "MINUTES") EvidenceKind kind,

        @NotBlank @Schema(example = "opleider-en-opleidingsgroep")
        String actorCode,

        @NotBlank @Schema(example = "organisatie-en-ontwikkeling")
        String domainCode,

        @Schema(description = "The task it shows is met; the whole cell when absent")
        UUID taskId,

        @Size(max = 1000) @Schema(example = "https://intranet.example.nl/opleiding/notulen-2026-03.pdf")
        String link,

        @Size(max = 300) @Schema(example = "DMS-2026-0412") String documentReference) {}

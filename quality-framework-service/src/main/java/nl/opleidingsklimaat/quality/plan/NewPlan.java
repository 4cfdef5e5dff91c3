package nl.opleidingsklimaat.quality.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import nl.opleidingsklimaat.quality.assessment.SubjectType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record NewPlan(
        @NotNull @Schema(example = "PROGRAMME") SubjectType subjectType,
        @NotBlank @Schema(example = "LUMC-INT") String subjectCode,

        @NotBlank @Size(max = 40) @Schema(example = "2026") String cycle,

        @NotBlank @Size(max = 300) @Schema(example = "Verbeterplan opleidingsklimaat 2026")
        String title,

        @Schema(description = "The survey campaign whose report this plan answers")
        UUID sourceCampaignId) {}

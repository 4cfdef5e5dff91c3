package nl.opleidingsklimaat.quality.assessment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record NewAssessment(
        @NotNull @Schema(example = "PROGRAMME") SubjectType subjectType,
        @NotBlank @Schema(example = "LUMC-INT") String subjectCode,

        @NotNull @Min(2000) @Max(2100) @Schema(example = "2026")
        Integer year,

        @Schema(description = "Framework version; the newest version of the default framework when absent")
        UUID frameworkId) {}

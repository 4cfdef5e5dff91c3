package nl.opleidingsklimaat.coaching.evaluation;

import java.util.List;
import nl.opleidingsklimaat.coaching.policy.Measure;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record EffectReport(
        String institutionCode,

        @Schema(description = "Residents' (and students') answers")
        CoacheeEffects residents,

        @Schema(description = "Supervisors' answers, kept apart")
        CoacheeEffects supervisors,

        @Schema(description = "The effect measures (policy file)")
        List<Measure> effectMeasures,

        @Schema(description = "The evaluation items (policy file)")
        List<Measure> evaluationItems,

        @Schema(description = "How answers reach the figures")
        String note) {}

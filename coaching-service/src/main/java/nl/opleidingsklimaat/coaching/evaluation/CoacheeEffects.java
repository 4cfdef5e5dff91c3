package nl.opleidingsklimaat.coaching.evaluation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CoacheeEffects(
        @Schema(description = "The effect measure before and after coaching tracks")
        EffectSummary coaching,

        @Schema(description = "The effect measure before and after intervision cycles, over the institution's groups")
        EffectSummary intervision,

        @Schema(description = "The evaluations of ended tracks")
        ScoreSummary trackEvaluation) {}

package nl.opleidingsklimaat.events.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "EvaluationResults",
        description = "Figures over the counted answers only. Answers are counted in groups: a new answer waits, "
                + "sealed, until at least the minimum number of answers wait, and then they are all added together. So the results change in steps of "
                + "at least 4 answers, and nothing is shown below 4.")
public record EvaluationResults(
        UUID eventId,

        @Schema(
                description = "How many answers the figures are computed from: 0, or at least the minimum",
                example = "8")
        long counted,

        @Schema(example = "4") int minimumRespondents,

        @Schema(description = "Whether figures are shown (at least the minimum counted)")
        boolean shown,

        @Schema(description = "How answers are counted", example = COUNTING)
        String counting,

        BigDecimal meanOverall,
        BigDecimal meanRelevance,
        List<String> participantTakeHomes,

        @Schema(description = "Recorded by the organiser") List<String> organiserTakeHomeMessages) {

    static final String COUNTING =
            "Answers are counted in groups of at least 4: newer answers are added once at least 4 of them wait, "
                    + "so a single answer is never visible on its own";

    static EvaluationResults nothingYet(UUID eventId, int minimum, List<String> organiserTakeHomeMessages) {
        return new EvaluationResults(
                eventId, 0, minimum, false, counting(minimum), null, null, List.of(), organiserTakeHomeMessages);
    }

    static EvaluationResults counted(
            UUID eventId,
            long counted,
            int minimum,
            BigDecimal meanOverall,
            BigDecimal meanRelevance,
            List<String> participantTakeHomes,
            List<String> organiserTakeHomeMessages) {
        return new EvaluationResults(
                eventId,
                counted,
                minimum,
                true,
                counting(minimum),
                meanOverall,
                meanRelevance,
                participantTakeHomes,
                organiserTakeHomeMessages);
    }

    private static String counting(int minimum) {
        return COUNTING.replace("4", String.valueOf(minimum));
    }
}

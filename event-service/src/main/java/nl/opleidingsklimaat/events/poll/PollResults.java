package nl.opleidingsklimaat.events.poll;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "PollResults",
        description =
                "Counts over the counted answers only. Answers are counted in groups: a new answer waits, sealed, "
                        + "until at least the minimum number wait, and then they are all added together; so results change in steps of at least 4 answers and "
                        + "show nothing below 4. Answers still waiting when the poll closes are not counted.")
public record PollResults(
        UUID pollId,
        PollStatus status,

        @Schema(
                description = "How many answers the counts are computed from: 0, or at least the minimum",
                example = "8")
        long counted,

        @Schema(example = "4") int minimumRespondents,
        boolean shown,

        @Schema(description = "How answers are counted", example = COUNTING)
        String counting,

        @Schema(description = "Answer (option, scale value or word) to count")
        Map<String, Long> counts,

        @Schema(description = "Scale polls: the mean") BigDecimal mean,

        @Schema(description = "Of a quiz, once the poll is closed: the correct option(s)", nullable = true)
        List<String> correctOptions,

        @Schema(
                description =
                        "Of a closed quiz with counted answers (at least 4): the share of counted answers that were correct, "
                                + "in whole percents; no one's own score is kept",
                nullable = true,
                example = "75")
        Integer correctPercent) {

    static final String COUNTING =
            "Answers are counted in groups of at least 4: newer answers are added once at least 4 of them wait, "
                    + "so a single answer is never visible on its own";

    static PollResults nothingYet(UUID pollId, PollStatus status, int minimum) {
        return nothingYet(pollId, status, minimum, null);
    }

    static PollResults nothingYet(UUID pollId, PollStatus status, int minimum, List<String> correctOptions) {
        return new PollResults(
                pollId, status, 0, minimum, false, counting(minimum), Map.of(), null, correctOptions, null);
    }

    static PollResults counted(
            UUID pollId,
            PollStatus status,
            long counted,
            int minimum,
            Map<String, Long> counts,
            BigDecimal mean,
            List<String> correctOptions,
            Integer correctPercent) {
        return new PollResults(
                pollId,
                status,
                counted,
                minimum,
                true,
                counting(minimum),
                counts,
                mean,
                correctOptions,
                correctPercent);
    }

    private static String counting(int minimum) {
        return COUNTING.replace("4", String.valueOf(minimum));
    }
}

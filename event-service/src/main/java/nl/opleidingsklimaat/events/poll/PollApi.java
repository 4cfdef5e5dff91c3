package nl.opleidingsklimaat.events.poll;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and views of the poll endpoints. */
public final class PollApi {
    private PollApi() {}

    @Schema(name = "PollRequest")
    public record PollRequest(
            @NotBlank @Size(max = 500) @Schema(example = "Hoe vitaal voel jij je deze maand?")
            String question,

            @NotNull PollType type,

            @Size(max = 12) @Schema(description = "Multiple choice: 2-12 options")
            List<@NotBlank @Size(max = 200) String> options,

            @Min(0) @Max(100) @Schema(description = "Scale: lowest value", example = "1")
            Integer scaleMin,

            @Min(1) @Max(100) @Schema(description = "Scale: highest value", example = "10")
            Integer scaleMax) {}

    @Schema(name = "Poll")
    public record PollView(
            UUID id,
            UUID eventId,
            String question,
            PollType type,
            List<String> options,
            Integer scaleMin,
            Integer scaleMax,
            PollStatus status) {
        static PollView of(Poll poll) {
            return new PollView(
                    poll.id,
                    poll.eventId,
                    poll.question,
                    poll.type,
                    List.copyOf(poll.options),
                    poll.scaleMin,
                    poll.scaleMax,
                    poll.status);
        }
    }

    @Schema(
            name = "PollAnswerRequest",
            description = "Give option (multiple choice), value (scale) or text (word cloud)")
    public record AnswerRequest(
            @Size(max = 200) @Schema(example = "Goed") String option,
            @Schema(example = "7") Integer value,
            @Size(max = 40) @Schema(example = "veerkracht") String text) {}

    @Schema(
            name = "PollResults",
            description =
                    "Counts over the counted answers only. Answers are counted in groups: a new answer waits, sealed, "
                            + "until at least the minimum number wait, and then they are all added together; so results change in steps of at least 4 answers and "
                            + "show nothing below 4. Answers still waiting when the poll closes are not counted.")
    public record Results(
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

            @Schema(description = "Scale polls: the mean") BigDecimal mean) {

        static final String COUNTING =
                "Answers are counted in groups of at least 4: newer answers are added once at least 4 of them wait, "
                        + "so a single answer is never visible on its own";

        static Results nothingYet(UUID pollId, PollStatus status, int minimum) {
            return new Results(pollId, status, 0, minimum, false, counting(minimum), Map.of(), null);
        }

        static Results counted(
                UUID pollId, PollStatus status, long counted, int minimum, Map<String, Long> counts, BigDecimal mean) {
            return new Results(pollId, status, counted, minimum, true, counting(minimum), counts, mean);
        }

        private static String counting(int minimum) {
            return COUNTING.replace("4", String.valueOf(minimum));
        }
    }
}

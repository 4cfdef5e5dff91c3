package nl.opleidingsklimaat.events.poll;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Poll")
public record PollView(
        UUID id,
        UUID eventId,
        String question,
        PollType type,
        List<String> options,
        Integer scaleMin,
        Integer scaleMax,
        PollStatus status,

        @Schema(
                description = "The code participants type on their phone at /poll (or reach through the QR code that "
                        + "the room's screen at /poll/{joinCode}/results shows); unique among all polls",
                example = "K7M3QD")
        String joinCode,

        @Schema(description = "A quiz: a multiple-choice poll with a correct answer")
        boolean quiz,

        @Schema(
                description =
                        "Of a quiz: the correct option(s); for others than its organisers only once the poll is closed "
                                + "(absent before, so no one can look the answer up)",
                nullable = true)
        List<String> correctOptions) {
    /** As everyone may see it: the correct answer only once the poll is closed. */
    static PollView of(Poll poll) {
        return of(poll, poll.revealsCorrectAnswer());
    }

    /** As its organisers see it: with the correct answer they set. */
    static PollView forOrganiser(Poll poll) {
        return of(poll, poll.isQuiz());
    }

    private static PollView of(Poll poll, boolean withCorrectAnswer) {
        return new PollView(
                poll.id,
                poll.eventId,
                poll.question,
                poll.type,
                List.copyOf(poll.options),
                poll.scaleMin,
                poll.scaleMax,
                poll.status,
                poll.joinCode,
                poll.isQuiz(),
                withCorrectAnswer ? List.copyOf(poll.correctOptions) : null);
    }
}

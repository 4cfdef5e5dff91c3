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
        String joinCode) {
    static PollView of(Poll poll) {
        return new PollView(
                poll.id,
                poll.eventId,
                poll.question,
                poll.type,
                List.copyOf(poll.options),
                poll.scaleMin,
                poll.scaleMax,
                poll.status,
                poll.joinCode);
    }
}

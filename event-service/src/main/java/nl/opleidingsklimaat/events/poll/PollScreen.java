package nl.opleidingsklimaat.events.poll;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import nl.opleidingsklimaat.events.trainingevent.DutchText;

/**
 * What the room's screen shows: the code and QR code to join, and the counted results once there are any (from at
 * least the minimum number of answers; before that, no figure at all). Of a quiz, once closed, the correct answer and
 * the share of counted answers that were correct; never while it is open.
 */
public record PollScreen(
        String code,
        String question,
        PollStatus status,
        String joinUrl,
        String joinPage,
        boolean shown,
        long counted,
        int minimum,
        List<Bar> bars,
        String mean,
        Integer correctPercent,
        String correctAnswer) {
    /** A word cloud shows its most frequent words only. */
    static final int MOST_WORDS = 20;

    /** One answer (option, scale value or word) and how often it was counted. */
    public record Bar(String label, long count, boolean correct) {}

    static PollScreen of(PollView poll, PollResults results, URI joinUrl, URI joinPage) {
        List<Bar> bars = results.counts().entrySet().stream()
                .map(e -> new Bar(
                        e.getKey(),
                        e.getValue(),
                        results.correctOptions() != null
                                && results.correctOptions().contains(e.getKey())))
                .toList();
        if (poll.type() == PollType.WORD_CLOUD) {
            bars = bars.stream()
                    .sorted(Comparator.comparingLong(Bar::count).reversed().thenComparing(Bar::label))
                    .limit(MOST_WORDS)
                    .toList();
        }
        return new PollScreen(
                poll.joinCode(),
                poll.question(),
                poll.status(),
                joinUrl.toString(),
                joinPage.toString(),
                results.shown(),
                results.counted(),
                results.minimumRespondents(),
                bars,
                results.mean() == null ? null : DutchText.number(results.mean()),
                results.correctPercent(),
                poll.correctOptions() == null ? null : String.join(" of ", poll.correctOptions()));
    }

    public boolean open() {
        return status == PollStatus.OPEN;
    }

    public boolean prepared() {
        return status == PollStatus.PREPARED;
    }
}

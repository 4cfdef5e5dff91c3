package nl.opleidingsklimaat.events.poll;

import java.util.List;
import java.util.stream.IntStream;

/** What the phone's answer form shows: the question as a plain form, with what was chosen and why it was refused. */
public record PollQuestion(
        String code,
        String question,
        PollType type,
        List<String> options,
        List<Integer> scaleValues,
        Integer scaleMin,
        Integer scaleMax,
        String kept,
        String error) {
    /** Scales longer than this are typed as a number instead of picked from radio buttons. */
    static final int MOST_RADIO_BUTTONS = 11;

    static PollQuestion of(PollView poll, String kept, String error) {
        List<Integer> values = poll.type() == PollType.SCALE
                ? IntStream.rangeClosed(poll.scaleMin(), poll.scaleMax())
                        .boxed()
                        .toList()
                : List.of();
        return new PollQuestion(
                poll.joinCode(),
                poll.question(),
                poll.type(),
                poll.options(),
                values,
                poll.scaleMin(),
                poll.scaleMax(),
                kept == null ? "" : kept,
                error);
    }

    public boolean choice() {
        return type == PollType.MULTIPLE_CHOICE;
    }

    public boolean scaleButtons() {
        return type == PollType.SCALE && scaleValues.size() <= MOST_RADIO_BUTTONS;
    }

    public boolean scaleNumber() {
        return type == PollType.SCALE && scaleValues.size() > MOST_RADIO_BUTTONS;
    }

    public boolean words() {
        return type == PollType.WORD_CLOUD;
    }

    public boolean isKept(Object value) {
        return kept.equals(String.valueOf(value));
    }
}

package nl.opleidingsklimaat.events.evaluation;

import java.util.List;

/** What an attendee's evaluation page shows (Dutch, for the template). */
public record EvaluationPageView(
        String eventTitle,
        String eventKind,
        String date,
        boolean attended,
        boolean held,
        boolean evaluated,
        List<String> takeHomeMessages) {

    /** The form is shown to an attendee of a held event who has not evaluated yet. */
    public boolean mayEvaluate() {
        return attended && held && !evaluated;
    }
}

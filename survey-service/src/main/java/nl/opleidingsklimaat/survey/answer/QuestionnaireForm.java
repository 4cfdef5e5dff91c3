package nl.opleidingsklimaat.survey.answer;

import java.util.List;
import nl.opleidingsklimaat.survey.instrument.InstrumentKind;

/**
 * The questionnaire page as the resident sees it: the themes with their questions in the page's language, the answers
 * given so far, and what is wrong with them (each next to its question, and all in a summary at the top).
 */
public record QuestionnaireForm(
        PageLanguage language,
        InstrumentKind kind,
        String instrumentName,
        String campaignName,
        String description,
        String openUntil,
        List<Theme> themes,
        List<ErrorLink> errors,
        String submission) {

    /** Whether any question may be skipped (then the page says how optional questions are marked). */
    public boolean hasOptional() {
        return themes.stream().flatMap(theme -> theme.questions().stream()).anyMatch(question -> !question.required());
    }

    public boolean wellbeing() {
        return kind == InstrumentKind.WELLBEING;
    }

    /** A domain of the instrument with its questions. */
    public record Theme(String name, List<Question> questions) {}

    /**
     * One question: a choice on a scale (radio buttons, "niet van toepassing" last where allowed) or an open question
     * (a text area).
     */
    public record Question(
            int number,
            String item,
            String text,
            boolean open,
            boolean required,
            Integer maxLength,
            List<Choice> choices,
            String answer,
            String error) {

        /** Where the error summary's link goes: the first radio button, or the text area. */
        public String target() {
            return open ? item : choices.get(0).id();
        }
    }

    /** One answer option: the value posted and its label in words. */
    public record Choice(String id, String value, String label, boolean checked) {}

    /** One line of the error summary, linking to the question it concerns. */
    public record ErrorLink(String target, String text) {}
}

package nl.opleidingsklimaat.survey.report;

/** One answer to an open question, with the question's item code; sorted, never in the order given. */
public record OpenAnswerView(String item, String text) {
}

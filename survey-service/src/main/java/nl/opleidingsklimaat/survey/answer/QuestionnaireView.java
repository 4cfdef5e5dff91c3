package nl.opleidingsklimaat.survey.answer;

import java.time.LocalDate;
import java.util.List;
import nl.opleidingsklimaat.survey.instrument.Scale;

/** What a resident sees behind their personal link: the questions, grouped by domain. */
public record QuestionnaireView(
        String campaignName,
        String instrumentName,
        String instrumentDescription,
        LocalDate closesOn,
        List<Section> sections) {

    public record Section(String domain, String name, List<Question> questions) {}

    public record Question(
            String item,
            String text,
            Scale scale,
            List<Option> options,
            boolean notApplicableAllowed,
            boolean required,
            Integer maxLength) {}

    public record Option(int value, String label) {}
}

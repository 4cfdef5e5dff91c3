package nl.opleidingsklimaat.survey.answer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The answer to a submit. For the wellbeing thermometer it carries the resident's own result, computed from the
 * answers just given and never stored.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubmitResult(String message, WellbeingResult wellbeing) {

    public record WellbeingResult(List<Signal> signals, String whereToGetHelp) {}

    public record Signal(String indicator, String item, int yourAnswer, String advice) {}
}

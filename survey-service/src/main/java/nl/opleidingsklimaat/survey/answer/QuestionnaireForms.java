package nl.opleidingsklimaat.survey.answer;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.opleidingsklimaat.platform.privacy.LinkTokens;
import nl.opleidingsklimaat.platform.problem.Problem;
import nl.opleidingsklimaat.survey.answer.AnswerRequest.Answer;
import nl.opleidingsklimaat.survey.instrument.Scale;

/**
 * Between the questionnaire page's plain form post and {@link AnswerService}: the form as it is shown, the posted
 * fields as an {@link AnswerRequest}, and the service's violations as an error next to each question. The rules
 * themselves are the service's; this class only words them for a resident.
 */
@ApplicationScoped
public class QuestionnaireForms {
    /** The posted value of "niet van toepassing". */
    static final String NOT_APPLICABLE = "nvt";

    private static final Pattern ANSWER_FIELD = Pattern.compile("answers\\[(\\d+)](?:\\.(\\w+))?");

    /** The posted field that names this form's submission (see {@link AnswerService#submittedBefore}). */
    static final String SUBMISSION = "inzending";

    QuestionnaireForm blank(AnswerService.Opened opened, PageLanguage language) {
        return form(opened, language, Map.of(), Map.of(), LinkTokens.newToken());
    }

    /** The posted submission id when it is one this page could have made, else none. */
    static String submission(MultivaluedMap<String, String> posted) {
        String submission = posted.getFirst(SUBMISSION);
        return submission != null && LinkTokens.wellFormed(submission) ? submission : null;
    }

    /**
     * The posted fields as answers, in the order of the questionnaire. A required question without an answer is sent
     * without a value, so that the service reports it at that answer; an optional one is left out. A value that is no
     * number (only a forged post sends one) counts as no answer.
     */
    AnswerRequest request(QuestionnaireView questionnaire, MultivaluedMap<String, String> posted) {
        List<Answer> answers = new ArrayList<>();
        for (QuestionnaireView.Section section : questionnaire.sections()) {
            for (QuestionnaireView.Question question : section.questions()) {
                String raw = posted.getFirst(question.item());
                if (question.scale() == Scale.OPEN_TEXT) {
                    String text = raw == null ? "" : raw.replace("\r\n", "\n");
                    if (!text.isBlank() || question.required()) {
                        answers.add(new Answer(question.item(), null, null, text));
                    }
                } else if (NOT_APPLICABLE.equals(raw)) {
                    answers.add(new Answer(question.item(), null, true, null));
                } else {
                    Integer value = number(raw);
                    if (value != null || question.required()) {
                        answers.add(new Answer(question.item(), value, null, null));
                    }
                }
            }
        }
        return new AnswerRequest(answers);
    }

    /** The form again with every answer as posted and the service's violations next to their questions. */
    QuestionnaireForm withErrors(
            AnswerService.Opened opened,
            PageLanguage language,
            AnswerRequest request,
            List<Problem.Violation> violations,
            String submission) {
        QuestionnaireMessages words = words(language);
        Map<String, Answer> given = new HashMap<>();
        request.answers().forEach(answer -> given.put(answer.item(), answer));
        Map<String, String> errors = new HashMap<>();
        for (Problem.Violation violation : violations) {
            Matcher field = ANSWER_FIELD.matcher(violation.field());
            if (field.matches()) {
                Answer answer = request.answers().get(Integer.parseInt(field.group(1)));
                errors.putIfAbsent(answer.item(), wording(words, answer, questionOf(opened, answer.item())));
            }
        }
        return form(opened, language, given, errors, submission == null ? LinkTokens.newToken() : submission);
    }

    private static String wording(QuestionnaireMessages words, Answer answer, QuestionnaireView.Question question) {
        if (question.scale() == Scale.OPEN_TEXT) {
            String text = answer.text() == null ? "" : answer.text();
            return text.isBlank()
                    ? words.answerText()
                    : question.maxLength() != null && text.length() > question.maxLength()
                            ? words.tooLong(question.maxLength())
                            : words.answerText();
        }
        return answer.value() == null && !answer.isNotApplicable() ? words.chooseAnswer() : words.chooseOffered();
    }

    private static QuestionnaireView.Question questionOf(AnswerService.Opened opened, String item) {
        return opened.questionnaire().sections().stream()
                .flatMap(section -> section.questions().stream())
                .filter(question -> question.item().equals(item))
                .findFirst()
                .orElseThrow();
    }

    private static QuestionnaireForm form(
            AnswerService.Opened opened,
            PageLanguage language,
            Map<String, Answer> given,
            Map<String, String> errors,
            String submission) {
        QuestionnaireMessages words = words(language);
        QuestionnaireView questionnaire = opened.questionnaire();
        List<QuestionnaireForm.Theme> themes = new ArrayList<>();
        List<QuestionnaireForm.ErrorLink> summary = new ArrayList<>();
        int number = 0;
        for (QuestionnaireView.Section section : questionnaire.sections()) {
            List<QuestionnaireForm.Question> questions = new ArrayList<>();
            for (QuestionnaireView.Question question : section.questions()) {
                number++;
                QuestionnaireForm.Question shown =
                        question(number, question, given.get(question.item()), errors.get(question.item()), words);
                questions.add(shown);
                if (shown.error() != null) {
                    summary.add(new QuestionnaireForm.ErrorLink(
                            shown.target(), words.question(number) + ": " + shown.error()));
                }
            }
            themes.add(new QuestionnaireForm.Theme(section.name(), questions));
        }
        return new QuestionnaireForm(
                language,
                opened.kind(),
                questionnaire.instrumentName(),
                questionnaire.campaignName(),
                questionnaire.instrumentDescription(),
                words.openUntil(DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale())
                        .format(questionnaire.closesOn())),
                themes,
                summary,
                submission);
    }

    private static QuestionnaireForm.Question question(
            int number, QuestionnaireView.Question question, Answer given, String error, QuestionnaireMessages words) {
        String item = question.item();
        if (question.scale() == Scale.OPEN_TEXT) {
            return new QuestionnaireForm.Question(
                    number,
                    item,
                    question.text(),
                    true,
                    question.required(),
                    question.maxLength(),
                    List.of(),
                    given == null ? null : given.text(),
                    error);
        }
        List<QuestionnaireForm.Choice> choices = new ArrayList<>();
        for (QuestionnaireView.Option option : question.options()) {
            boolean checked = given != null && Integer.valueOf(option.value()).equals(given.value());
            choices.add(new QuestionnaireForm.Choice(
                    item + "-" + option.value(),
                    String.valueOf(option.value()),
                    label(words, question.scale(), option.value()),
                    checked));
        }
        if (question.notApplicableAllowed()) {
            choices.add(new QuestionnaireForm.Choice(
                    item + "-" + NOT_APPLICABLE,
                    NOT_APPLICABLE,
                    words.notApplicable(),
                    given != null && given.isNotApplicable()));
        }
        return new QuestionnaireForm.Question(
                number, item, question.text(), false, question.required(), question.maxLength(), choices, null, error);
    }

    private static String label(QuestionnaireMessages words, Scale scale, int value) {
        return switch (scale) {
            case LIKERT_5 -> words.likert(value);
            case FREQUENCY_5 -> words.frequency(value);
            case YES_NO -> words.yesNo(value);
            case OPEN_TEXT -> throw new IllegalArgumentException("an open question has no options");
        };
    }

    static QuestionnaireMessages words(PageLanguage language) {
        return language == PageLanguage.NL
                ? MessageBundles.get(QuestionnaireMessages.class)
                : MessageBundles.get(QuestionnaireMessages.class, Localized.Literal.of(language.tag()));
    }

    private static Integer number(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 9) {
            return null;
        }
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

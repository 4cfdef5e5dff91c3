package nl.opleidingsklimaat.survey.report;

import java.util.List;

/**
 * A programme's report and its open answers, each as the caller may see them: what the PDF shows.
 *
 * @param openAnswersNotice why no open answers are shown (awaiting the COC's review), or null
 */
public record ReportDocument(ReportView report, List<OpenQuestion> openQuestions, String openAnswersNotice) {

    /**
     * An open question with its theme (the domain's code and name) and the answers the caller may read, sorted (never
     * in the order given).
     */
    public record OpenQuestion(String item, String domain, String domainName, String text, List<String> answers) {}
}

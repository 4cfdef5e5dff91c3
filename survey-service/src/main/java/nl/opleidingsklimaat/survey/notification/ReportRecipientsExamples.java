package nl.opleidingsklimaat.survey.notification;

final class ReportRecipientsExamples {
    static final String REQUEST = """
            {"cocMailbox":"coc-secretariaat@rijndelta.nl","directors":[\
            {"programmeCode":"RDZ-INT","email":"opleider.interne@rijndelta.nl"},\
            {"programmeCode":"RDZ-CHIR","email":"opleider.chirurgie@rijndelta.nl"}]}""";

    static final String VIEW = """
            {"institutionCode":"RDZ","cocMailbox":"coc-secretariaat@rijndelta.nl","directors":[\
            {"programmeCode":"RDZ-CHIR","email":"opleider.chirurgie@rijndelta.nl"},\
            {"programmeCode":"RDZ-INT","email":"opleider.interne@rijndelta.nl"}]}""";

    private ReportRecipientsExamples() {}
}

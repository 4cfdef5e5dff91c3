package nl.opleidingsklimaat.platform.mail;

/** OpenAPI examples of the mail switches. */
final class MailSwitchExamples {
    static final String LIST = """
            [{"institutionCode": "LUMC", "kind": "overdue-actions-digest",
              "description": "Wekelijks overzicht van verbeteracties over de einddatum, aan hun eigenaar",
              "enabled": false, "byDefault": false, "changedAt": "2026-09-01T08:00:00Z", "changedBy": "coc-lumc-secretaris"}]""";
    static final String REQUEST = """
            {"enabled": false}""";
    static final String SWITCH = """
            {"institutionCode": "LUMC", "kind": "overdue-actions-digest",
             "description": "Wekelijks overzicht van verbeteracties over de einddatum, aan hun eigenaar",
             "enabled": false, "byDefault": false, "changedAt": "2026-09-01T08:00:00Z", "changedBy": "coc-lumc-secretaris"}""";

    private MailSwitchExamples() {}
}

package nl.opleidingsklimaat.survey.invitation;

/** OpenAPI examples for the invitation endpoints. */
final class InvitationExamples {
    static final String JSON_EXAMPLE = """
            {
              "invitations": [
                { "email": "aios1@lumc.nl", "programmeCode": "LUMC-INT", "reference": "hr-88213" },
                { "email": "aios2@lumc.nl", "programmeCode": "LUMC-INT" }
              ]
            }""";

    static final String CSV_EXAMPLE = """
            email,programmeCode,reference
            aios1@lumc.nl,LUMC-INT,hr-88213
            aios2@lumc.nl,LUMC-INT,
            """;

    static final String RESULT_EXAMPLE = """
            { "imported": 2, "invitedInCampaign": 2, "mailed": 0 }""";

    static final String ERROR_EXAMPLE = """
            {
              "type": "https://opleidingsklimaat.nl/problems/unprocessable",
              "title": "Request cannot be processed",
              "status": 422,
              "detail": "2 of 3 rows are invalid; nothing was imported",
              "violations": [
                { "field": "invitations[1].email", "message": "must be a well-formed e-mail address" },
                { "field": "invitations[2].programmeCode", "message": "unknown programme XYZ-INT in region OOR-LEIDEN" }
              ]
            }""";

    private InvitationExamples() {}
}

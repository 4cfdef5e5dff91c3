package nl.opleidingsklimaat.coaching.intervision;

/** OpenAPI examples of the Intervision resource. */
final class IntervisionExamples {
    static final String GROUP_REQUEST = """
            {"institutionCode": "MUMC", "name": "Intervisie aios snijdende vakken 2026", "coachId": "9b2e4c1a-5d6f-4e7a-8b9c-0d1e2f3a4b5c",
             "participantKind": "RESIDENTS"}""";
    static final String GROUP = """
            {"id": "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a", "institutionCode": "MUMC", "name": "Intervisie aios snijdende vakken 2026",
             "coachId": "9b2e4c1a-5d6f-4e7a-8b9c-0d1e2f3a4b5c", "participantKind": "RESIDENTS", "maxSize": 10, "state": "ACTIVE", "size": 2,
             "members": [{"residentReference": "res-7f3a", "programmeCode": "MUMC-CHI"}, {"residentReference": "res-91bc", "programmeCode": "MUMC-ORT"}],
             "formedAt": "2026-03-01T09:00:00Z"}""";
    static final String MEMBER_REQUEST = """
            {"residentReference": "res-7f3a", "programmeCode": "MUMC-CHI"}""";
    static final String MEETING_REQUEST = """
            {"startsAt": "2026-04-14T16:00:00+02:00", "topic": "Omgaan met fouten"}""";
    static final String ATTENDANCE_REQUEST = """
            {"present": ["res-7f3a", "res-91bc"]}""";
    static final String QUESTIONNAIRE_REQUEST = """
            {"phase": "PRE", "scores": {"resilience": 4, "reflection": 3}}""";
    static final String RESULTS = """
            {"groupId": "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a", "phases": [
             {"phase": "PRE", "respondents": {"value": 8, "display": "8"}, "means": {"resilience": 3.13, "reflection": 2.88},
              "note": "Answers are added to the results in groups of at least 4, so that no one's answer can be told apart; answers that wait for their group are kept sealed."},
             {"phase": "POST", "respondents": {"display": "fewer than 4"},
              "note": "Answers are added to the results in groups of at least 4, so that no one's answer can be told apart; answers that wait for their group are kept sealed."}]}""";

    private IntervisionExamples() {}
}

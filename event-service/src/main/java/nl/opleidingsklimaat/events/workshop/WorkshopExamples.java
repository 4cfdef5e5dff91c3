package nl.opleidingsklimaat.events.workshop;

/** JSON examples shown in Swagger UI for workshop rounds. */
final class WorkshopExamples {
    static final String ROUND = """
            {"title":"Workshopronde 1","workshops":[{"code":"W1","title":"Feedback geven","capacity":25},
             {"code":"W2","title":"Intervisie","capacity":25},{"code":"W3","title":"Welzijn van de aios","capacity":25}]}""";

    static final String ROUND_VIEW = """
            {"id":"2b0c3f4e-0a6d-4c1b-8f5e-7d9a1c2b3e4f","position":1,"title":"Workshopronde 1",
             "workshops":[{"code":"W1","title":"Feedback geven","capacity":25}]}""";

    static final String CHOICES = """
            {"rounds":[{"roundId":"2b0c3f4e-0a6d-4c1b-8f5e-7d9a1c2b3e4f","ranked":["W2","W1","W3"]},
             {"roundId":"5d1e2f3a-4b5c-4d6e-8f70-81a2b3c4d5e6","ranked":["W1","W3","W2"]}]}""";

    static final String WRONG_ROUND = """
            {"type":"https://opleidingsklimaat.nl/problems/unprocessable","title":"Request cannot be processed","status":422,
             "detail":"The workshop choices do not fit the event's rounds",
             "violations":[{"field":"rounds[0].ranked[1]","message":"workshop W5 is not given in round 'Workshopronde 1' (this round gives [W1, W2, W3])"}]}""";

    static final String PLACEMENTS = """
            [{"roundId":"2b0c3f4e-0a6d-4c1b-8f5e-7d9a1c2b3e4f","roundTitle":"Workshopronde 1","workshopCode":"W2","workshopTitle":"Intervisie","choiceRank":1}]""";

    static final String SUMMARY = """
            {"eventId":"6f1c1d6e-2b7a-4d0e-9a51-6c9f0e1b2a33","participants":150,"rounds":[{"roundId":"2b0c3f4e-0a6d-4c1b-8f5e-7d9a1c2b3e4f",
             "title":"Workshopronde 1","workshops":[{"code":"W1","title":"Feedback geven","capacity":25,"allocated":25}],
             "firstChoices":118,"otherChoices":30,"placedWithoutChoice":2,"unplaced":0}]}""";

    private WorkshopExamples() {}
}

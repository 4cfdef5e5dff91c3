package nl.opleidingsklimaat.events.evaluation;

/** JSON examples shown in Swagger UI for the evaluation endpoints. */
final class EvaluationExamples {
    static final String RESULTS = "{\"eventId\":\"6f1c1d6e-2b7a-4d0e-9a51-6c9f0e1b2a33\",\"counted\":12,"
            + "\"minimumRespondents\":4,\"shown\":true,\"counting\":\""
            + EvaluationResults.COUNTING
            + "\",\"meanOverall\":4.25,\"meanRelevance\":4.50,\"participantTakeHomes\":[\"Meer intervisie\"],"
            + "\"organiserTakeHomeMessages\":[\"Elke opleiding bespreekt welzijn in het opleidersoverleg\"]}";

    private EvaluationExamples() {}
}

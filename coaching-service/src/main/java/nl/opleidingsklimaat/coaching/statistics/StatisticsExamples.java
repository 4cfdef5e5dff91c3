package nl.opleidingsklimaat.coaching.statistics;

/** OpenAPI examples of the Statistics resource. */
final class StatisticsExamples {
    static final String PROGRAMME = """
            {"programmeCode": "LUMC-INT", "programmeName": "Interne geneeskunde",
             "residentsInCoaching": {"display": "fewer than 4"}, "tracksCompleted": {"value": 9, "display": "9"},
             "residentsInIntervision": {"value": 12, "display": "12"}, "supervisorsInCoaching": {"value": 4, "display": "4"},
             "supervisorTracksCompleted": {"value": 0, "display": "0"}, "supervisorsInIntervision": {"value": 0, "display": "0"}}""";

    private StatisticsExamples() {}
}

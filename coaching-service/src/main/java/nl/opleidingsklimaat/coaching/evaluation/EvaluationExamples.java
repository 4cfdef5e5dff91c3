package nl.opleidingsklimaat.coaching.evaluation;

/** OpenAPI examples of the track questionnaires and the effect report. */
public final class EvaluationExamples {
    public static final String EVALUATION_REQUEST = """
            {"scores": {"coach-fit": 5, "goals-reached": 4, "recommend": 5}}""";
    public static final String EFFECT_REQUEST = """
            {"scores": {"resilience": 3, "reflection": 4}}""";
    static final String REPORT = """
            {"institutionCode": "EMC",
             "residents": {
               "coaching": {"before": {"respondents": {"value": 8, "display": "8"}, "means": {"resilience": 2.75, "reflection": 3.13}},
                            "after": {"respondents": {"value": 4, "display": "4"}, "means": {"resilience": 3.50, "reflection": 3.75}},
                            "change": {"resilience": 0.75, "reflection": 0.62}},
               "intervision": {"before": {"respondents": {"display": "fewer than 4"}}, "after": {"respondents": {"display": "fewer than 4"}}},
               "trackEvaluation": {"respondents": {"value": 4, "display": "4"}, "means": {"coach-fit": 4.50, "goals-reached": 3.75, "recommend": 4.75}}},
             "supervisors": {
               "coaching": {"before": {"respondents": {"display": "fewer than 4"}}, "after": {"respondents": {"display": "fewer than 4"}}},
               "intervision": {"before": {"respondents": {"display": "fewer than 4"}}, "after": {"respondents": {"display": "fewer than 4"}}},
               "trackEvaluation": {"respondents": {"display": "fewer than 4"}}},
             "effectMeasures": [{"code": "resilience", "text": "Veerkracht"}, {"code": "reflection", "text": "Reflectie"}],
             "evaluationItems": [{"code": "coach-fit", "text": "De coach sloot aan bij mijn vragen"},
               {"code": "goals-reached", "text": "Ik heb de doelen van mijn traject bereikt"},
               {"code": "recommend", "text": "Ik zou dit traject een collega aanraden"}],
             "note": "Answers are anonymous and reach these figures in groups of at least 4 of the same institution; answers that wait for their group are kept sealed. No figure is shown from fewer than 4."}""";

    private EvaluationExamples() {}
}

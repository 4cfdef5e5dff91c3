package nl.opleidingsklimaat.survey.rate;

/** OpenAPI examples for the response-rate endpoints. */
final class ResponseRateExamples {
    static final String PAGE = """
            { "items": [
                { "level": "PROGRAMME", "code": "LUMC-INT", "institutionCode": "LUMC", "invited": 12, "answered": 7, "rate": 0.583, "belowThreshold": false, "shortOfThreshold": 0 },
                { "level": "PROGRAMME", "code": "LUMC-CHI", "institutionCode": "LUMC", "invited": 5, "answered": 3, "rate": 0.600, "belowThreshold": false, "shortOfThreshold": 1 },
                { "level": "PROGRAMME", "code": "LUMC-KNO", "institutionCode": "LUMC", "belowThreshold": true }
              ], "page": 0, "size": 50, "totalItems": 3, "totalPages": 1 }""";

    private ResponseRateExamples() {}
}

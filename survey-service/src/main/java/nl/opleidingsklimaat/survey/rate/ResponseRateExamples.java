package nl.opleidingsklimaat.survey.rate;

/** OpenAPI examples for the response-rate endpoints. */
final class ResponseRateExamples {
    static final String PAGE = """
            { "items": [
                { "level": "PROGRAMME", "code": "LUMC-INT", "institutionCode": "LUMC", "invited": 12, "answered": 7, "rate": 0.583, "belowThreshold": false },
                { "level": "PROGRAMME", "code": "LUMC-KNO", "institutionCode": "LUMC", "belowThreshold": true }
              ], "page": 0, "size": 50, "totalItems": 2, "totalPages": 1 }""";

    private ResponseRateExamples() {}
}

package nl.opleidingsklimaat.coaching.proactive;

/** OpenAPI examples of the Proactive resource. */
final class ProactiveExamples {
    static final String PAGE = """
            {"items": [{"id": "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b", "programmeCode": "LUMC-CHI", "institutionCode": "LUMC",
              "campaignId": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
              "reasons": ["wellbeing: burnout-risk = 0.38 (share >= 0.30)", "low begeleiding-en-supervisie: mean 3.1 below 3.5 (monitor)"],
              "flaggedAt": "2026-07-01T06:00:05Z"}], "page": 0, "size": 50, "totalItems": 1, "totalPages": 1}""";

    private ProactiveExamples() {}
}

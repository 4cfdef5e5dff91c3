package nl.opleidingsklimaat.survey.instrument;

/** OpenAPI examples for the instrument endpoints. */
final class InstrumentExamples {
    static final String DEFINITION = """
            {
              "code": "opleidingsmonitor-regio",
              "version": "2026.1",
              "name": "Opleidingsmonitor OOR (regionale variant)",
              "kind": "TRAINING_CLIMATE",
              "description": "Eigen itembank van de regio",
              "reportRules": { "strengthAtLeast": 4.0, "attentionBelow": 3.0, "regionGap": 0.5 },
              "domains": [
                { "code": "begeleiding-en-supervisie", "name": "Begeleiding en supervisie" },
                { "code": "open-vragen", "name": "Open vragen" }
              ],
              "items": [
                { "code": "BS-01", "domain": "begeleiding-en-supervisie", "text": "Bij een lastige patiënt kan ik snel een supervisor bereiken.",
                  "scale": "LIKERT_5", "notApplicableAllowed": true, "higherIsBetter": true, "required": true },
                { "code": "OPEN-STERK", "domain": "open-vragen", "text": "Wat is het sterkste punt van je opleiding?",
                  "scale": "OPEN_TEXT", "notApplicableAllowed": false, "higherIsBetter": true, "required": false, "maxLength": 2000 }
              ],
              "signalRules": [],
              "translations": {
                "en": {
                  "name": "Opleidingsmonitor (regional variant)",
                  "domains": { "begeleiding-en-supervisie": "Supervision and guidance", "open-vragen": "Open questions" },
                  "items": {
                    "BS-01": "With a difficult patient I can reach a supervisor quickly.",
                    "OPEN-STERK": "What is the strongest point of your training?"
                  }
                }
              }
            }""";

    static final String PAGE = """
            {
              "items": [
                { "code": "opleidingsmonitor", "version": "2026.1", "name": "Opleidingsmonitor", "kind": "TRAINING_CLIMATE",
                  "publishedAt": "2026-05-01T08:00:00Z" }
              ],
              "page": 0, "size": 50, "totalItems": 1, "totalPages": 1
            }""";

    private InstrumentExamples() {}
}

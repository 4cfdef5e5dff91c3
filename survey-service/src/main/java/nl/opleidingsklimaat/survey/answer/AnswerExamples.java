package nl.opleidingsklimaat.survey.answer;

/** OpenAPI examples for the answer endpoints. */
final class AnswerExamples {
    static final String QUESTIONNAIRE = """
            {
              "campaignName": "Opleidingsmonitor OOR Leiden 2027",
              "instrumentName": "Opleidingsmonitor",
              "instrumentDescription": "Jaarlijkse vragenlijst voor aios over de kwaliteit van hun vervolgopleiding",
              "closesOn": "2027-06-30",
              "sections": [
                { "domain": "begeleiding-en-supervisie", "name": "Begeleiding en supervisie", "questions": [
                  { "item": "BS-01", "text": "Als ik tijdens een dienst een supervisor nodig heb, is die snel bereikbaar.", "scale": "LIKERT_5",
                    "options": [ { "value": 1, "label": "helemaal mee oneens" }, { "value": 5, "label": "helemaal mee eens" } ],
                    "notApplicableAllowed": true, "required": true } ] }
              ]
            }""";

    static final String ANSWERS = """
            {
              "answers": [
                { "item": "BS-01", "value": 4 },
                { "item": "BS-05", "notApplicable": true },
                { "item": "OPEN-STERK", "text": "Veel ruimte om zelfstandig te werken." }
              ]
            }""";

    static final String RESULT = """
            {
              "message": "Dank je wel, je antwoorden zijn anoniem opgeslagen.",
              "wellbeing": {
                "signals": [ { "indicator": "exhaustion", "item": "WB-01", "yourAnswer": 4, "advice": "Je geeft aan dat je je vaak leeg en uitgeput voelt." } ],
                "whereToGetHelp": "Je kunt vertrouwelijk terecht bij de bedrijfsarts, de vertrouwenspersoon en een coach."
              }
            }""";

    private AnswerExamples() {}
}

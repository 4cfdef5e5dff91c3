package nl.opleidingsklimaat.survey.report;

/** OpenAPI examples for the report endpoints. */
final class ReportExamples {
    static final String SUMMARIES = """
            { "items": [
                { "programmeCode": "LUMC-INT", "institutionCode": "LUMC", "status": "RELEASED", "invited": 12, "lateInvitations": 0, "respondents": 9, "responseRate": 0.750 },
                { "programmeCode": "LUMC-KNO", "institutionCode": "LUMC", "status": "WITHHELD" }
              ], "page": 0, "size": 50, "totalItems": 2, "totalPages": 1 }""";

    static final String REPORT = """
            {
              "campaignId": "6f1c3a52-8a0e-4f55-9a43-1c1f5c0c2b7e", "campaignName": "Opleidingsmonitor OOR Leiden 2027",
              "instrumentCode": "opleidingsmonitor", "instrumentVersion": "2026.2", "programmeCode": "LUMC-INT", "institutionCode": "LUMC",
              "regionCode": "OOR-LEIDEN", "status": "RELEASED", "threshold": 4, "invited": 12, "lateInvitations": 1, "respondents": 9, "responseRate": 0.750,
              "domains": [ { "domain": "begeleiding-en-supervisie", "name": "Begeleiding en supervisie", "mean": 4.21, "respondents": 9,
                             "institutionMean": 3.95, "institutionRespondents": 31, "regionMean": 3.88, "regionRespondents": 402,
                             "earlierYears": [ { "campaignId": "2c8e4b1a-7d3f-4a9e-b6c5-0e1f2a3b4c5d", "campaignName": "Opleidingsmonitor OOR Leiden 2026",
                                                 "year": 2026, "instrumentVersion": "2026.1", "mean": 3.96, "respondents": 8, "lowerIsBetter": false } ] } ],
              "strengths": [ "Domein Begeleiding en supervisie: gemiddeld 4.21 (regio 3.88)" ],
              "attentionPoints": [ "Item OO-02 'Het rooster laat voldoende ruimte voor onderwijs en zelfstudie.': gemiddeld 2.67" ],
              "items": [
                { "item": "BS-01", "domain": "begeleiding-en-supervisie", "text": "Als ik tijdens een dienst een supervisor nodig heb, is die snel bereikbaar.",
                  "scale": "LIKERT_5", "higherIsBetter": true, "suppressed": false, "n": 8, "notApplicable": 1, "mean": 4.25,
                  "standardDeviation": 0.71, "distribution": { "3": 1, "4": 4, "5": 3 } },
                { "item": "BS-05", "domain": "begeleiding-en-supervisie", "text": "Bij verrichtingen word ik begeleid totdat ik ze zelfstandig kan uitvoeren.",
                  "scale": "LIKERT_5", "higherIsBetter": true, "suppressed": true }
              ],
              "openAnswers": 11, "openAnswersReview": "REVIEWED"
            }""";

    static final String THEME_SCORES = """
            { "items": [
                { "programmeCode": "LUMC-INT", "institutionCode": "LUMC", "status": "RELEASED", "respondents": 9,
                  "domains": [ { "domain": "begeleiding-en-supervisie", "name": "Begeleiding en supervisie", "lowerIsBetter": false,
                                 "mean": 4.21, "respondents": 9, "institutionMean": 3.95, "institutionRespondents": 31,
                                 "regionMean": 3.88, "regionRespondents": 402,
                                 "earlierYears": [ { "campaignId": "2c8e4b1a-7d3f-4a9e-b6c5-0e1f2a3b4c5d",
                                                     "campaignName": "Opleidingsmonitor OOR Leiden 2026", "year": 2026,
                                                     "instrumentVersion": "2026.1", "mean": 3.96, "respondents": 8, "lowerIsBetter": false } ] } ] }
              ], "page": 0, "size": 50, "totalItems": 1, "totalPages": 1 }""";

    static final String SHARED_RESULTS = """
            {
              "campaignId": "6f1c3a52-8a0e-4f55-9a43-1c1f5c0c2b7e", "campaignName": "Opleidingsmonitor OOR Leiden 2027",
              "programmeCode": "LUMC-INT", "respondents": 9, "responseRate": 0.750,
              "domains": [ { "domain": "begeleiding-en-supervisie", "name": "Begeleiding en supervisie", "lowerIsBetter": false,
                             "mean": 4.21, "respondents": 9, "institutionMean": 3.95, "institutionRespondents": 31,
                             "regionMean": 3.88, "regionRespondents": 402 } ],
              "strengths": [ "Domein Begeleiding en supervisie: gemiddeld 4.21 (regio 3.88)" ],
              "attentionPoints": [ "Item OK-04 'Ik maak op de afdeling ongewenst gedrag mee.': gemiddeld 3.60 (omgekeerd gescoord: lager is beter)" ],
              "scoring": "Itemgemiddelden staan op de antwoordschaal van het item (1-5); ..."
            }""";

    static final String OPEN_ANSWERS = """
            { "items": [ { "item": "BS-OPEN", "domain": "begeleiding-en-supervisie", "text": "Veel ruimte om zelfstandig te werken." },
                         { "item": "OK-OPEN", "domain": "opleidingsklimaat", "text": "[verwijderd door de COC]" } ],
              "page": 0, "size": 50, "totalItems": 2, "totalPages": 1 }""";

    static final String OPEN_ANSWERS_FOR_COC = """
            { "items": [ { "id": "0b9d3c1e-52f4-9a6e-1c0d-7f6a2b8e4d31", "item": "OK-OPEN", "domain": "opleidingsklimaat",
                           "text": "Bel Jan de Vries, 06-12345678, hij weet wat er speelt.", "flags": ["phone-number"],
                           "shownToProgrammeAs": "[verwijderd door de COC]" } ],
              "page": 0, "size": 50, "totalItems": 1, "totalPages": 1 }""";

    static final String REVIEW = """
            { "redactions": [
                { "answerId": "0b9d3c1e-52f4-9a6e-1c0d-7f6a2b8e4d31", "remove": true },
                { "answerId": "5f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9", "replacement": "Mijn opleider [naam] neemt de tijd voor ons." }
              ] }""";

    static final String REVIEW_RESULT = """
            { "openAnswers": 11, "redacted": 2, "status": "REVIEWED" }""";

    static final String AWAITING_REVIEW = """
            { "type": "https://opleidingsklimaat.nl/problems/conflict", "title": "Conflict", "status": 409,
              "detail": "Awaiting COC review: the open answers of LUMC-INT are shown to the programme once the COC of LUMC has reviewed them" }""";

    static final String WITHHELD = """
            { "type": "https://opleidingsklimaat.nl/problems/forbidden", "title": "Not allowed", "status": 403,
              "detail": "No report: fewer than 4 residents of LUMC-KNO responded, so the programme gets no figures (the COC and the education advisor do)" }""";
    static final String CSV =
            "programme,domain,item,text,n,notApplicable,mean,standardDeviation,suppressed,answer\nLUMC-INT,begeleiding-en-supervisie,BS-01,\"Als ik ...\",8,1,4.25,0.71,false,\nLUMC-INT,begeleiding-en-supervisie,BS-OPEN,\"Wat wil je nog kwijt over de begeleiding en supervisie ...?\",,,,,,\"Veel ruimte om zelfstandig te werken.\"\n";

    private ReportExamples() {}
}

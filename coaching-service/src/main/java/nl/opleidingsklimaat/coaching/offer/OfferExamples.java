package nl.opleidingsklimaat.coaching.offer;

/** OpenAPI examples of the offers feature. */
final class OfferExamples {
    static final String OFFER_REQUEST = """
            {"residentReference": "res-7f3a", "programmeCode": "LUMC-INT", "offerTypeCode": "coaching", "offeredOn": "2026-03-01"}""";
    static final String OFFER = """
            {"id": "4f1c2b7e-3d7a-4a57-9a0e-0f7d4b1b2c3d", "residentReference": "res-7f3a", "programmeCode": "LUMC-INT",
             "institutionCode": "LUMC", "offerTypeCode": "mentoring", "offeredOn": "2026-03-01", "meetsAllConditions": false,
             "shortfalls": [{"code": "independent-coach", "text": "Onafhankelijke begeleider / gesprekspartner / coach", "preferred": false},
             {"code": "training-budget", "text": "Initiële bekostiging vanuit het opleidingsbudget", "preferred": false},
             {"code": "central-coc", "text": "Bij voorkeur centraal georganiseerd vanuit COC", "preferred": true}]}""";
    static final String PROGRAMME_COVERAGE = """
            {"programmeCode": "LUMC-CHI", "programmeName": "Heelkunde", "residentsKnown": 12, "residentsOffered": 7,
             "residentsOfferedWithShortfallsOnly": 3, "coveragePercent": 58.3, "lagging": true, "offersFallingShort": 3,
             "fallingShort": [{"offerTypeCode": "mentoring", "offerTypeName": "Mentoraat", "residents": 3, "shortfalls": [
               {"code": "independent-coach", "text": "Onafhankelijke begeleider / gesprekspartner / coach", "preferred": false},
               {"code": "training-budget", "text": "Initiële bekostiging vanuit het opleidingsbudget", "preferred": false},
               {"code": "central-coc", "text": "Bij voorkeur centraal georganiseerd vanuit COC", "preferred": true}]}]}""";
    static final String RESIDENT_REQUEST = """
            {"residentReference": "res-7f3a", "programmeCode": "LUMC-INT"}""";
    static final String INSTITUTION_COVERAGE = """
            {"institutionCode": "LUMC", "residentsKnown": 40, "residentsOffered": 35, "residentsOfferedWithShortfallsOnly": 3,
             "coveragePercent": 87.5,
             "programmes": [{"programmeCode": "LUMC-CHI", "programmeName": "Heelkunde", "residentsKnown": 12, "residentsOffered": 7,
                             "residentsOfferedWithShortfallsOnly": 3, "coveragePercent": 58.3, "lagging": true, "offersFallingShort": 3,
                             "fallingShort": [{"offerTypeCode": "mentoring", "offerTypeName": "Mentoraat", "residents": 3, "shortfalls": [
                               {"code": "independent-coach", "text": "Onafhankelijke begeleider / gesprekspartner / coach", "preferred": false},
                               {"code": "training-budget", "text": "Initiële bekostiging vanuit het opleidingsbudget", "preferred": false},
                               {"code": "central-coc", "text": "Bij voorkeur centraal georganiseerd vanuit COC", "preferred": true}]}]}],
             "laggingProgrammes": ["LUMC-CHI"]}""";

    private OfferExamples() {}
}

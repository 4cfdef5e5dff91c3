package nl.opleidingsklimaat.coaching.coach;

/** OpenAPI examples of the Coach resource. */
final class CoachExamples {
    static final String COACH_REQUEST = """
            {"reference": "coach-jvd", "name": "J. van Dam", "profile": "Loopbaancoach, voormalig internist",
             "expertise": ["werkdruk", "loopbaan", "leiderschap"], "experienceWithResidents": true, "medicalBackground": true,
             "institutions": ["EMC"], "capacity": 5, "available": true, "sessionFee": 125.00}""";
    static final String COACH = """
            {"id": "9b2e4c1a-5d6f-4e7a-8b9c-0d1e2f3a4b5c", "reference": "coach-jvd", "name": "J. van Dam",
             "profile": "Loopbaancoach, voormalig internist", "expertise": ["werkdruk", "loopbaan", "leiderschap"],
             "experienceWithResidents": true, "medicalBackground": true, "institutions": ["EMC"], "capacity": 5, "tracksInHand": 2,
             "available": true, "sessionFee": 125.00}""";

    private CoachExamples() {}
}

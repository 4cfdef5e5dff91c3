package nl.opleidingsklimaat.coaching.track;

/** OpenAPI examples of tracks and sessions. */
final class TrackExamples {
    static final String REQUEST = """
            {"programmeCode": "LUMC-INT", "offerTypeCode": "coaching",
             "reason": "Ik wil beter leren omgaan met werkdruk en grenzen stellen.", "topics": ["werkdruk", "loopbaan"],
             "medicalBackgroundPreferred": true, "shareWithDirector": false}""";
    static final String TRACK = """
            {"id": "0c3e1a2b-4d5f-4a6b-8c7d-9e0f1a2b3c4d", "programmeCode": "LUMC-INT", "institutionCode": "LUMC",
             "offerTypeCode": "coaching", "state": "ACTIVE", "coachee": "RESIDENT", "residentReference": "res-7f3a", "topics": ["werkdruk", "loopbaan"],
             "medicalBackgroundPreferred": true, "sharedWithDirector": false, "coachId": "9b2e4c1a-5d6f-4e7a-8b9c-0d1e2f3a4b5c",
             "maxSessions": 6, "sessionsBooked": 3, "sessionsHeld": 2, "requestedAt": "2026-02-01T10:00:00Z",
             "matchedAt": "2026-02-03T09:00:00Z", "startedAt": "2026-02-05T09:00:00Z"}""";
    static final String MATCH = """
            {"coachId": "9b2e4c1a-5d6f-4e7a-8b9c-0d1e2f3a4b5c"}""";
    static final String SESSION_REQUEST = """
            {"startsAt": "2026-03-10T09:00:00+01:00", "durationMinutes": 60}""";
    static final String SESSION = """
            {"id": "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d", "trackId": "0c3e1a2b-4d5f-4a6b-8c7d-9e0f1a2b3c4d",
             "startsAt": "2026-03-10T08:00:00Z", "endsAt": "2026-03-10T09:00:00Z", "state": "BOOKED", "hasNotes": false}""";
    static final String HELD_SESSION = """
            {"id": "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d", "trackId": "0c3e1a2b-4d5f-4a6b-8c7d-9e0f1a2b3c4d",
             "startsAt": "2026-03-10T08:00:00Z", "endsAt": "2026-03-10T09:00:00Z", "state": "HELD", "hasNotes": false}""";
    static final String CANCELLED_SESSION = """
            {"id": "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d", "trackId": "0c3e1a2b-4d5f-4a6b-8c7d-9e0f1a2b3c4d",
             "startsAt": "2026-03-10T08:00:00Z", "endsAt": "2026-03-10T09:00:00Z", "state": "CANCELLED", "hasNotes": false}""";
    static final String CANCELLED_LATE_SESSION = """
            {"id": "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d", "trackId": "0c3e1a2b-4d5f-4a6b-8c7d-9e0f1a2b3c4d",
             "startsAt": "2026-03-10T08:00:00Z", "endsAt": "2026-03-10T09:00:00Z", "state": "CANCELLED_LATE", "hasNotes": false}""";
    static final String NOTES = """
            {"notes": "Doelen besproken; volgende keer: grenzen stellen."}""";
    static final String COSTS = """
            {"trackId": "0c3e1a2b-4d5f-4a6b-8c7d-9e0f1a2b3c4d", "programmeCode": "LUMC-INT", "sessionsHeld": 5, "sessionsCancelledLate": 1,
             "sessionFee": 125.00,
             "totalFees": 750.00, "ownContribution": 150.00, "departmentShare": 600.00}""";

    private TrackExamples() {}
}

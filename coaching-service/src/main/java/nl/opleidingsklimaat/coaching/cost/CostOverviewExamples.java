package nl.opleidingsklimaat.coaching.cost;

/** OpenAPI examples of the CostOverview resource. */
final class CostOverviewExamples {
    static final String EXAMPLE = """
            {"institutionCode": "EMC", "ownContributionPerTrack": 150.00, "totalFees": 3750.00, "ownContributions": 750.00,
             "departmentShare": 3000.00,
             "supervisorTotals": {"note": "not shown: it would reveal a programme with fewer than 4"}, "departments": [{"programmeCode": "EMC-INT", "programmeName": "Interne geneeskunde",
             "tracks": {"value": 5, "display": "5"}, "sessionsHeld": 30, "sessionsCancelledLate": 0, "totalFees": 3750.00, "ownContributions": 750.00,
             "departmentShare": 3000.00, "supervisors": {"tracks": {"display": "fewer than 4"}, "note": "fewer than 4"}},
             {"programmeCode": "EMC-KCH", "programmeName": "Kinderchirurgie", "tracks": {"value": 0, "display": "0"},
             "sessionsHeld": 0, "sessionsCancelledLate": 0, "totalFees": 0.00, "ownContributions": 0.00, "departmentShare": 0.00}]}""";

    private CostOverviewExamples() {}
}

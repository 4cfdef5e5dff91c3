package nl.opleidingsklimaat.survey.campaign;

/** OpenAPI examples for the campaign endpoints. */
final class CampaignExamples {
    static final String REQUEST = """
            {
              "name": "Opleidingsmonitor OOR Leiden 2027",
              "instrumentCode": "opleidingsmonitor",
              "instrumentVersion": "2026.2",
              "regionCode": "OOR-LEIDEN",
              "opensOn": "2027-06-01",
              "closesOn": "2027-06-30",
              "threshold": 4,
              "reminderDates": ["2027-06-10", "2027-06-24"]
            }""";

    static final String VIEW = """
            {
              "id": "6f1c3a52-8a0e-4f55-9a43-1c1f5c0c2b7e",
              "name": "Opleidingsmonitor OOR Leiden 2027",
              "instrumentCode": "opleidingsmonitor",
              "instrumentVersion": "2026.2",
              "regionCode": "OOR-LEIDEN",
              "opensOn": "2027-06-01",
              "closesOn": "2027-06-30",
              "threshold": 4,
              "state": "DRAFT",
              "reminderDates": ["2027-06-10", "2027-06-24"]
            }""";

    static final String SUCCESSOR_REQUEST = """
            {
              "instrumentVersion": "2026.2"
            }""";

    static final String SUCCESSOR = """
            {
              "id": "0b7d2f4e-3c1a-4e8b-9f60-2d5a7c9e1b34",
              "name": "Opleidingsmonitor OOR Leiden 2028",
              "instrumentCode": "opleidingsmonitor",
              "instrumentVersion": "2026.2",
              "regionCode": "OOR-LEIDEN",
              "opensOn": "2028-06-01",
              "closesOn": "2028-06-30",
              "threshold": 4,
              "state": "DRAFT",
              "reminderDates": ["2028-06-10", "2028-06-24"],
              "previousCampaignId": "6f1c3a52-8a0e-4f55-9a43-1c1f5c0c2b7e"
            }""";

    static final String PAGE = """
            { "items": [ """ + VIEW + """
             ], "page": 0, "size": 50, "totalItems": 1, "totalPages": 1 }""";

    private CampaignExamples() {}
}

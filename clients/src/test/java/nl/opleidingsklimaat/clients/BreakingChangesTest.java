package nl.opleidingsklimaat.clients;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The compatibility check on two small documents: additions pass, what breaks a client is caught. */
class BreakingChangesTest {
    /** An OpenAPI 3.1 document shaped as the services' are (component schemas, problem responses left out). */
    private static final String COMMITTED = """
            openapi: 3.1.0
            info:
              title: Example service
              version: "1.0"
            paths:
              /api/campaigns:
                get:
                  operationId: campaignList
                  parameters:
                  - name: state
                    in: query
                    schema:
                      type: string
                  responses:
                    "200":
                      description: One page of campaigns
                      content:
                        application/json:
                          schema:
                            $ref: "#/components/schemas/Campaign"
                post:
                  operationId: campaignCreate
                  requestBody:
                    content:
                      application/json:
                        schema:
                          $ref: "#/components/schemas/CampaignRequest"
                  responses:
                    "201":
                      description: Created
                      content:
                        application/json:
                          schema:
                            $ref: "#/components/schemas/Campaign"
            components:
              schemas:
                Campaign:
                  type: object
                  properties:
                    id:
                      type: string
                      format: uuid
                    name:
                      type: string
                    threshold:
                      type: integer
                      format: int32
                CampaignRequest:
                  type: object
                  required:
                  - name
                  properties:
                    name:
                      type: string
                      maxLength: 200
                    threshold:
                      type: integer
                      format: int32
            """;

    @Test
    void theSameDocumentChangesNothing() {
        BreakingChanges.Verdict verdict = BreakingChanges.compare(COMMITTED, COMMITTED);

        assertThat(verdict.breaksClients()).isFalse();
        assertThat(verdict.changed()).isFalse();
    }

    @Test
    void aNewOperationANewOptionalParameterAndNewPropertiesBreakNoClient() {
        String built = COMMITTED.replace("""
                            paths:
                            """, """
                            paths:
                              /api/campaigns/{id}:
                                get:
                                  operationId: campaignGet
                                  parameters:
                                  - name: id
                                    in: path
                                    required: true
                                    schema:
                                      type: string
                                      format: uuid
                                  responses:
                                    "200":
                                      description: The campaign
                                      content:
                                        application/json:
                                          schema:
                                            $ref: "#/components/schemas/Campaign"
                            """).replace("""
                                  - name: state
                                    in: query
                                    schema:
                                      type: string
                            """, """
                                  - name: state
                                    in: query
                                    schema:
                                      type: string
                                  - name: regionCode
                                    in: query
                                    schema:
                                      type: string
                            """).replace("""
                                    threshold:
                                      type: integer
                                      format: int32
                            """, """
                                    threshold:
                                      type: integer
                                      format: int32
                                    reminderDates:
                                      type: array
                                      items:
                                        type: string
                                        format: date
                            """);

        BreakingChanges.Verdict verdict = BreakingChanges.compare(COMMITTED, built);

        assertThat(verdict.changed()).isTrue();
        assertThat(verdict.breaksClients()).as(verdict.report()).isFalse();
    }

    @Test
    void aRemovedOperationBreaksClients() {
        String built = COMMITTED.substring(0, COMMITTED.indexOf("    post:"))
                + COMMITTED.substring(COMMITTED.indexOf("components:"));

        assertBreaks(built, "`POST` /api/campaigns");
    }

    @Test
    void aNewRequiredRequestPropertyBreaksClients() {
        String built = COMMITTED.replace("""
                      required:
                      - name
                """, """
                      required:
                      - name
                      - threshold
                """);

        assertBreaks(built, "threshold");
    }

    @Test
    void aNewRequiredQueryParameterBreaksClients() {
        String built = COMMITTED.replace(
                "      - name: state\n        in: query\n",
                "      - name: state\n        in: query\n        required: true\n");

        assertBreaks(built, "state");
    }

    @Test
    void aRemovedResponsePropertyBreaksClients() {
        String campaign =
                COMMITTED.substring(COMMITTED.indexOf("    Campaign:"), COMMITTED.indexOf("    CampaignRequest:"));
        String built = COMMITTED.replace(campaign, campaign.replace("""
                        name:
                          type: string
                """, ""));

        assertBreaks(built, "name");
    }

    @Test
    void aChangedPropertyTypeBreaksClients() {
        String campaign =
                COMMITTED.substring(COMMITTED.indexOf("    Campaign:"), COMMITTED.indexOf("    CampaignRequest:"));
        String built = COMMITTED.replace(campaign, campaign.replace("""
                        threshold:
                          type: integer
                          format: int32
                """, """
                        threshold:
                          type: string
                """));

        assertBreaks(built, "threshold");
    }

    private static void assertBreaks(String built, String named) {
        assertThat(built).isNotEqualTo(COMMITTED);
        BreakingChanges.Verdict verdict = BreakingChanges.compare(COMMITTED, built);

        assertThat(verdict.breaksClients()).as(verdict.report()).isTrue();
        assertThat(verdict.report()).contains(named);
    }
}

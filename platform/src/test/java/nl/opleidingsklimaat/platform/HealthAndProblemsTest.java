package nl.opleidingsklimaat.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import nl.opleidingsklimaat.localstack.KafkaBroker;
import nl.opleidingsklimaat.testsupport.TestKafka;
import nl.opleidingsklimaat.testsupport.TestSql;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthAndProblemsTest {
    @Inject
    AgroalDataSource dataSource;

    @Test
    void readinessIsUpWithDatabaseAndBrokerAndDownWhenTheBrokerIsGone() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Kafka broker")))
                .body("checks.name", hasItem(containsString("Database")));

        KafkaBroker broker = TestKafka.embeddedBroker().orElseThrow();
        broker.stop();
        try {
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> given().get("/q/health/ready")
                            .then()
                            .statusCode(503)
                            .body("status", equalTo("DOWN")));
        } finally {
            broker.start();
        }
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));
    }

    @Test
    void aRequestWithoutATokenGets401ProblemJson() {
        given().contentType("application/json")
                .body("{\"code\":\"OOR-X\",\"name\":\"X\"}")
                .post("/api/test-regions")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401))
                .body("title", notNullValue())
                .body("type", containsString("unauthorized"));
    }

    @Test
    void aForgedOrExpiredTokenGets401ProblemJson() {
        given().auth()
                .oauth2(TestTokens.expired())
                .get("/api/test-regions/OOR-X")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().auth()
                .oauth2("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.")
                .get("/api/test-regions/OOR-X")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void aTokenWithTheWrongRoleGets403ProblemJson() {
        given().auth()
                .oauth2(TestTokens.director("LUMC-INT"))
                .contentType("application/json")
                .body("{\"code\":\"OOR-X\",\"name\":\"X\"}")
                .post("/api/test-regions")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
        assertThat(TestSql.count(dataSource, "SELECT count(*) FROM test_region WHERE code = 'OOR-X'"))
                .isZero();
    }

    @Test
    void malformedJsonGets400ProblemJsonAndStoresNothing() {
        given().auth()
                .oauth2(TestTokens.coordinator("OOR-BAD"))
                .contentType("application/json")
                .body("{\"code\":\"OOR-BAD\",")
                .post("/api/test-regions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("correlationId", notNullValue())
                .body("detail", notNullValue());
        assertThat(TestSql.count(dataSource, "SELECT count(*) FROM test_region WHERE code = 'OOR-BAD'"))
                .isZero();
        assertThat(TestSql.count(dataSource, "SELECT count(*) FROM outbox_event WHERE record_key = 'region/OOR-BAD'"))
                .isZero();
    }

    @Test
    void invalidFieldsGet400WithTheirPaths() {
        given().auth()
                .oauth2(TestTokens.coordinator("x"))
                .contentType("application/json")
                .body("{\"code\":\"lower case\",\"name\":\"\"}")
                .post("/api/test-regions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("code"))
                .body("violations.field", hasItem("name"));
    }

    @Test
    void unknownFieldsAndWrongTypesAreRejected() {
        given().auth()
                .oauth2(TestTokens.coordinator("x"))
                .contentType("application/json")
                .body("{\"code\":\"OOR-UNK\",\"name\":\"X\",\"admin\":true}")
                .post("/api/test-regions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("admin"));
        given().auth()
                .oauth2(TestTokens.coordinator("x"))
                .contentType("application/json")
                .body("{\"code\":[1,2],\"name\":\"X\"}")
                .post("/api/test-regions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("code"));
    }

    /** Jackson would turn 12345 into "12345" and store it; a number where a text belongs is refused. */
    @Test
    void aNumberWhereATextBelongsIsRejectedAndNothingIsStored() {
        given().auth()
                .oauth2(TestTokens.coordinator("12345"))
                .contentType("application/json")
                .body("{\"code\":12345,\"name\":\"X\"}")
                .post("/api/test-regions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("code"));
        given().auth()
                .oauth2(TestTokens.coordinator("x"))
                .contentType("application/json")
                .body("{\"code\":\"OOR-BOOL\",\"name\":true}")
                .post("/api/test-regions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("name"));
        assertThat(TestSql.count(dataSource, "SELECT count(*) FROM test_region WHERE code IN ('12345', 'OOR-BOOL')"))
                .isZero();
    }

    @Test
    void outOfScopeReadsAre404AndEchoTheCorrelationId() {
        given().auth()
                .oauth2(TestTokens.coordinator("OOR-SCOPE"))
                .contentType("application/json")
                .body("{\"code\":\"OOR-SCOPE\",\"name\":\"S\"}")
                .post("/api/test-regions")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(TestTokens.coordinator("OOR-OTHER"))
                .header("X-Correlation-Id", "trace-me-42")
                .get("/api/test-regions/OOR-SCOPE")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .header("X-Correlation-Id", "trace-me-42")
                .body("correlationId", equalTo("trace-me-42"));
        given().auth()
                .oauth2(TestTokens.coordinator("OOR-SCOPE"))
                .get("/api/test-regions/OOR-SCOPE")
                .then()
                .statusCode(200)
                .body("name", equalTo("S"));
    }

    @Test
    void queryParametersOfTheWrongFormAre400NotFound() {
        String token = TestTokens.coordinator("x");
        given().auth()
                .oauth2(token)
                .queryParam("kind", "OOR")
                .queryParam("since", "2026-06-01")
                .queryParam("campaign", "6f1f0c8e-4b7e-4f43-9a53-3b1c3f0e9a11")
                .get("/api/test-regions")
                .then()
                .statusCode(200)
                .body("[0]", equalTo("OOR"))
                .body("[1]", equalTo("2026-06-01"));
        given().auth()
                .oauth2(token)
                .queryParam("kind", "PROVINCE")
                .get("/api/test-regions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("Query parameter 'kind' must be one of OOR, CLUSTER, training-region"))
                .body("violations[0].field", equalTo("kind"))
                .body("violations[0].message", equalTo("must be one of OOR, CLUSTER, training-region"));
        for (String[] written : new String[][] {
            {"cluster", "CLUSTER"}, {"training-region", "TRAINING_REGION"}, {"Training_Region", "TRAINING_REGION"}
        }) {
            given().auth()
                    .oauth2(token)
                    .queryParam("kind", written[0])
                    .get("/api/test-regions")
                    .then()
                    .statusCode(200)
                    .body("[0]", equalTo(written[1]));
        }
        given().auth()
                .oauth2(token)
                .queryParam("since", "1 June")
                .get("/api/test-regions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("'since'"));
        given().auth()
                .oauth2(token)
                .queryParam("campaign", "not-a-uuid")
                .get("/api/test-regions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("'campaign'"));
    }

    @Test
    void theAuditLogKeepsTheServicesOwnRequestIdNotOnlyWhatTheCallerSent() {
        given().auth()
                .oauth2(TestTokens.coordinator("OOR-AUDIT"))
                .contentType("application/json")
                .body("{\"code\":\"OOR-AUDIT\",\"name\":\"A\"}")
                .post("/api/test-regions")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(TestTokens.coordinator("OOR-AUDIT"))
                .header("X-Correlation-Id", "someone-elses-request")
                .get("/api/test-regions/OOR-AUDIT")
                .then()
                .statusCode(200);

        assertThat(TestSql.rows(
                        dataSource,
                        "SELECT correlation_id, request_id FROM audit_entry WHERE resource_id = 'OOR-AUDIT'"))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.get(0)).isEqualTo("someone-elses-request");
                    assertThat(row.get(1))
                            .isNotNull()
                            .isNotEqualTo("someone-elses-request")
                            .hasSize(36);
                });
    }

    @Test
    void aPageBeyondAnyListIs400NotAServerError() {
        given().auth()
                .oauth2(TestTokens.coordinator("OOR-PAGE"))
                .queryParam("page", Integer.MAX_VALUE)
                .queryParam("size", 200)
                .get("/api/test-regions/paged")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(containsString("page")));
    }

    @Test
    void anOverlongAddressGets414ProblemJson() {
        given().get("/api/test-regions/" + "x".repeat(10_000))
                .then()
                .statusCode(414)
                .contentType("application/problem+json")
                .body("status", equalTo(414))
                .body("detail", containsString("8192"));
    }

    @Test
    void unknownPathsAreProblemJsonToo() {
        given().get("/api/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void openApiDocumentsTheBearerScheme() {
        given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void everyOperationDocumentsTheSharedProblemResponsesWithoutSayingSoItself() {
        String problem = "content.'application/problem+json'.schema.$ref";
        given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body(
                        "paths.'/api/test-regions'.post.responses.'400'." + problem,
                        equalTo("#/components/schemas/Problem"))
                .body(
                        "paths.'/api/test-regions'.post.responses.'401'." + problem,
                        equalTo("#/components/schemas/Problem"))
                .body(
                        "paths.'/api/test-regions'.post.responses.'403'." + problem,
                        equalTo("#/components/schemas/Problem"))
                .body(
                        "paths.'/api/test-regions/{code}'.get.responses.'404'." + problem,
                        equalTo("#/components/schemas/Problem"))
                .body("paths.'/api/test-regions/{code}'.get.responses", not(hasKey("400")))
                .body("components.schemas.Problem.properties.violations.type", equalTo("array"));
    }

    @Test
    void prometheusMetricsExposeTheOutbox() {
        given().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("platform_outbox_pending"))
                .body(containsString("platform_outbox_publish_failures_total"));
    }
}

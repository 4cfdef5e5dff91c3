package nl.opleidingsklimaat.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import nl.opleidingsklimaat.contracts.Topics;
import nl.opleidingsklimaat.localstack.KafkaBroker;
import nl.opleidingsklimaat.testsupport.TestKafka;
import nl.opleidingsklimaat.testsupport.TestSql;
import nl.opleidingsklimaat.testsupport.TestTokens;
import nl.opleidingsklimaat.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OutboxRelayTest {
    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Test
    void eventIsPublishedAndAppliedDownstreamOnce() {
        register("OOR-ONE", "Region one");

        await().atMost(Duration.ofSeconds(30)).until(() -> seen("OOR-ONE") == 1);
        List<ConsumerRecord<String, String>> onTopic =
                TopicReader.readAll(Topics.QUALITY, v -> v.contains("\"OOR-ONE\""), Duration.ofSeconds(1));
        assertThat(onTopic).hasSize(1);
        assertThat(onTopic.get(0).key()).isEqualTo("region/OOR-ONE");
        assertThat(onTopic.get(0).value())
                .contains(
                        "\"specversion\":\"1.0\"",
                        "\"type\":\"nl.opleidingsklimaat.quality.region-registered.v1\"",
                        "\"source\":\"/quality-framework-service\"",
                        "\"subject\":\"region/OOR-ONE\"");
        assertThat(seen("OOR-ONE")).isEqualTo(1);
    }

    @Test
    void eventRecordedWhileTheBrokerIsDownIsPublishedOnceAfterItReturns() {
        KafkaBroker broker = TestKafka.embeddedBroker().orElseThrow();
        broker.stop();
        try {
            register("OOR-DOWN", "Recorded while Kafka was down");
            assertThat(TestSql.count(dataSource, "SELECT count(*) FROM test_region WHERE code = 'OOR-DOWN'"))
                    .isEqualTo(1);
            assertThat(
                            TestSql.count(
                                    dataSource,
                                    "SELECT count(*) FROM outbox_event WHERE record_key = 'region/OOR-DOWN' AND published_at IS NULL"))
                    .isEqualTo(1);
        } finally {
            broker.start();
        }

        await().atMost(Duration.ofSeconds(60))
                .until(() -> TestSql.count(
                                dataSource,
                                "SELECT count(*) FROM outbox_event WHERE record_key = 'region/OOR-DOWN' AND published_at IS NOT NULL")
                        == 1);
        await().atMost(Duration.ofSeconds(60)).until(() -> seen("OOR-DOWN") == 1);
        assertThat(TopicReader.readAll(Topics.QUALITY, v -> v.contains("\"OOR-DOWN\""), Duration.ofSeconds(2)))
                .hasSize(1);
        assertThat(seen("OOR-DOWN")).isEqualTo(1);
    }

    /** Another instance's relay holds the turn (mid-batch): this relay waits for it instead of publishing alongside. */
    @Test
    void theRelayWaitsWhileAnotherInstancesRelayHasItsTurn() throws Exception {
        try (Connection otherInstance = DriverManager.getConnection(jdbcUrl, "platform", "platform")) {
            otherInstance.setAutoCommit(false);
            try (Statement statement = otherInstance.createStatement()) {
                statement.execute("SELECT pg_advisory_xact_lock(hashtext('platform.outbox-relay'))");
            }
            register("OOR-TURN", "Recorded while another relay publishes");
            await().during(Duration.ofSeconds(2))
                    .atMost(Duration.ofSeconds(3))
                    .until(() -> TestSql.count(
                                    dataSource,
                                    "SELECT count(*) FROM outbox_event WHERE record_key = 'region/OOR-TURN' AND published_at IS NULL")
                            == 1);
            otherInstance.rollback(); // the other relay's batch ends
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> seen("OOR-TURN") == 1);
        assertThat(TopicReader.readAll(Topics.QUALITY, v -> v.contains("\"OOR-TURN\""), Duration.ofSeconds(1)))
                .hasSize(1);
    }

    @Test
    void aRejectedRequestRecordsNoEvent() {
        register("OOR-TWICE", "First");
        given().auth()
                .oauth2(TestTokens.coordinator("OOR-TWICE"))
                .contentType("application/json")
                .body("{\"code\":\"OOR-TWICE\",\"name\":\"Second\"}")
                .post("/api/test-regions")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        assertThat(TestSql.count(dataSource, "SELECT count(*) FROM outbox_event WHERE record_key = 'region/OOR-TWICE'"))
                .isEqualTo(1);
    }

    private void register(String code, String name) {
        given().auth()
                .oauth2(TestTokens.coordinator(code))
                .contentType("application/json")
                .body("{\"code\":\"" + code + "\",\"name\":\"" + name + "\"}")
                .post("/api/test-regions")
                .then()
                .statusCode(201);
    }

    private long seen(String code) {
        return TestSql.count(dataSource, "SELECT count(*) FROM test_region_seen WHERE code = ?", code);
    }
}

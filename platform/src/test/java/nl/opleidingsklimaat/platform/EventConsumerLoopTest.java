package nl.opleidingsklimaat.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import nl.opleidingsklimaat.contracts.CloudEvent;
import nl.opleidingsklimaat.contracts.Subjects;
import nl.opleidingsklimaat.contracts.Topics;
import nl.opleidingsklimaat.contracts.quality.QualityEvents;
import nl.opleidingsklimaat.contracts.quality.RegionRegistered;
import nl.opleidingsklimaat.platform.testapp.RegionRegisteredTestHandler;
import nl.opleidingsklimaat.testsupport.TestEvents;
import nl.opleidingsklimaat.testsupport.TestSql;
import nl.opleidingsklimaat.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventConsumerLoopTest {
    private static final String DEAD_LETTERS = "platform-test.dlq";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper objectMapper;

    @Test
    void theSameEventDeliveredTwiceHasOneEffect() throws Exception {
        String twice = json(event("OOR-DUP", "Delivered twice"));
        publish("region/OOR-DUP", twice);
        publish("region/OOR-DUP", twice);
        publish("region/OOR-DUP", json(event("OOR-DUP", "Marker after the duplicate")));

        // the marker shares the key, so the same partition: once it is applied, both copies have been read
        await().atMost(Duration.ofSeconds(30)).until(() -> seen("OOR-DUP", "Marker after the duplicate") == 1);
        assertThat(seen("OOR-DUP", "Delivered twice")).isEqualTo(1);
    }

    @Test
    void anUnparseableRecordGoesToTheDeadLetterTopicAndTheNextRecordIsStillHandled() throws Exception {
        publish("region/OOR-POISON", "{this is not a cloud event");
        publish("region/OOR-POISON", json(event("OOR-POISON", "After the poison")));

        await().atMost(Duration.ofSeconds(30)).until(() -> seen("OOR-POISON", "After the poison") == 1);
        List<ConsumerRecord<String, String>> letters =
                TopicReader.readAll(DEAD_LETTERS, v -> v.equals("{this is not a cloud event"), Duration.ofSeconds(1));
        assertThat(letters).hasSize(1);
        assertThat(header(letters.get(0), "dlq.original.topic")).isEqualTo(Topics.QUALITY);
        assertThat(header(letters.get(0), "dlq.error")).isNotBlank();
    }

    @Test
    void anEventWhoseHandlerKeepsFailingIsDeadLetteredAndTheLoopGoesOn() throws Exception {
        CloudEvent<RegionRegistered> poison = event("OOR-EXPLODE", "explode");
        publish("region/OOR-EXPLODE", json(poison));
        publish("region/OOR-EXPLODE", json(event("OOR-EXPLODE", "Digestible")));

        await().atMost(Duration.ofSeconds(30)).until(() -> seen("OOR-EXPLODE", "Digestible") == 1);
        List<ConsumerRecord<String, String>> letters =
                TopicReader.readAll(DEAD_LETTERS, v -> v.contains(poison.id().toString()), Duration.ofSeconds(1));
        assertThat(letters).hasSize(1);
        assertThat(header(letters.get(0), "dlq.error")).contains("cannot digest OOR-EXPLODE");
        assertThat(TestSql.count(dataSource, "SELECT count(*) FROM inbox_event WHERE event_id = ?", poison.id()))
                .as("a failed event is not marked as applied")
                .isZero();
    }

    @Test
    void aPayloadThatDoesNotFitItsTypeIsDeadLettered() throws Exception {
        String wrongShape =
                "{\"specversion\":\"1.0\",\"id\":\"6f1f0c8e-4b7e-4f43-9a53-3b1c3f0e9a11\",\"source\":\"/quality-framework-service\","
                        + "\"type\":\"nl.opleidingsklimaat.quality.region-registered.v1\",\"subject\":\"region/OOR-SHAPE\",\"data\":{\"active\":\"maybe\"}}";
        publish("region/OOR-SHAPE", wrongShape);
        publish("region/OOR-SHAPE", json(event("OOR-SHAPE", "Well formed")));

        await().atMost(Duration.ofSeconds(30)).until(() -> seen("OOR-SHAPE", "Well formed") == 1);
        assertThat(TopicReader.readAll(DEAD_LETTERS, v -> v.contains("OOR-SHAPE"), Duration.ofSeconds(1)))
                .hasSize(1);
    }

    @Test
    void anEventFromAnotherSourceThanItsTopicsOwnerIsDeadLetteredAndNotApplied() {
        CloudEvent<RegionRegistered> forged = TestEvents.publishForged(
                Topics.QUALITY,
                "attacker",
                QualityEvents.REGION_REGISTERED,
                Subjects.region("OOR-FORGED"),
                new RegionRegistered("OOR-FORGED", "Forged", true));
        TestEvents.publish(
                QualityEvents.REGION_REGISTERED,
                Subjects.region("OOR-FORGED"),
                new RegionRegistered("OOR-FORGED", "Genuine", true));

        await().atMost(Duration.ofSeconds(30)).until(() -> seen("OOR-FORGED", "Genuine") == 1);
        assertThat(seen("OOR-FORGED", "Forged")).isZero();
        List<ConsumerRecord<String, String>> letters =
                TopicReader.readAll(DEAD_LETTERS, v -> v.contains(forged.id().toString()), Duration.ofSeconds(1));
        assertThat(letters).hasSize(1);
        assertThat(header(letters.get(0), "dlq.error"))
                .contains("comes from /quality-framework-service only, not from attacker");
    }

    @Test
    void aPollHandsTheHandlerItsEventsTogetherAndAppliesACopyWithinItOnce() {
        CloudEvent<RegionRegistered> twice = event("OOR-POLL", "In the poll twice");
        TestEvents.publishTogether(
                Topics.QUALITY, List.of(event("OOR-POLL", "First"), twice, twice, event("OOR-POLL", "Last")));

        await().atMost(Duration.ofSeconds(30)).until(() -> seen("OOR-POLL", "Last") == 1);
        assertThat(seen("OOR-POLL", "First")).isEqualTo(1);
        assertThat(seen("OOR-POLL", "In the poll twice")).isEqualTo(1);
        assertThat(RegionRegisteredTestHandler.RUNS)
                .as("one run, in order, without the second copy")
                .contains(List.of("First", "In the poll twice", "Last"));
    }

    @Test
    void whenOneEventOfAPollFailsTheOthersAreAppliedOnceAndOnlyItIsDeadLettered() throws Exception {
        CloudEvent<RegionRegistered> poison = event("OOR-MIXED", "explode");
        CloudEvent<RegionRegistered> alreadyApplied = event("OOR-MIXED", "Applied before");
        publish("region/OOR-MIXED", json(alreadyApplied));
        await().atMost(Duration.ofSeconds(30)).until(() -> seen("OOR-MIXED", "Applied before") == 1);

        TestEvents.publishTogether(
                Topics.QUALITY,
                List.of(
                        event("OOR-MIXED", "Before the poison"),
                        alreadyApplied,
                        poison,
                        event("OOR-MIXED", "After the poison")));

        await().atMost(Duration.ofSeconds(30)).until(() -> seen("OOR-MIXED", "After the poison") == 1);
        assertThat(seen("OOR-MIXED", "Before the poison")).isEqualTo(1);
        assertThat(seen("OOR-MIXED", "Applied before"))
                .as("a redelivery in the failed poll")
                .isEqualTo(1);
        assertThat(TopicReader.readAll(DEAD_LETTERS, v -> v.contains(poison.id().toString()), Duration.ofSeconds(1)))
                .hasSize(1);
        assertThat(TestSql.count(dataSource, "SELECT count(*) FROM inbox_event WHERE event_id = ?", poison.id()))
                .isZero();
        assertThat(TestSql.count(dataSource, "SELECT count(*) FROM inbox_event WHERE subject = 'region/OOR-MIXED'"))
                .isEqualTo(3);
    }

    private CloudEvent<RegionRegistered> event(String code, String name) {
        return CloudEvent.of(
                QualityEvents.REGION_REGISTERED,
                "/quality-framework-service",
                Subjects.region(code),
                new RegionRegistered(code, name, true),
                OffsetDateTime.now());
    }

    private String json(CloudEvent<?> event) throws Exception {
        return objectMapper.writeValueAsString(event);
    }

    private void publish(String key, String value) {
        TestEvents.publishRaw(Topics.QUALITY, key, value);
    }

    private long seen(String code, String name) {
        return TestSql.count(
                dataSource, "SELECT count(*) FROM test_region_seen WHERE code = ? AND name = ?", code, name);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}

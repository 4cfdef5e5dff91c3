package nl.opleidingsklimaat.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nl.opleidingsklimaat.contracts.CloudEvent;
import nl.opleidingsklimaat.contracts.EventType;
import nl.opleidingsklimaat.contracts.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes integration events onto the test broker as another service would (CloudEvents JSON, key = subject),
 * to test a consumer's effect from the outside.
 */
public final class TestEvents {
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private TestEvents() {}

    /** Publishes a new event and returns it (its id lets a test publish the very same event again). */
    public static <T> CloudEvent<T> publish(EventType<T> type, String subject, T data) {
        CloudEvent<T> event = CloudEvent.of(type, ownerOf(type), subject, data, OffsetDateTime.now());
        publish(type.topic(), event);
        return event;
    }

    /** A forged event: the type's payload, put on any topic with any source, as whoever can write to a topic could. */
    public static <T> CloudEvent<T> publishForged(
            String topic, String source, EventType<T> type, String subject, T data) {
        CloudEvent<T> event = CloudEvent.of(type, source, subject, data, OffsetDateTime.now());
        publish(topic, event);
        return event;
    }

    /** The CloudEvents source the type's owner publishes with. */
    public static String ownerOf(EventType<?> type) {
        return Topics.publisherOf(type.topic()).orElseThrow();
    }

    /** Publishes exactly this event (again), e.g. to prove a redelivery has no second effect. */
    public static void publish(String topic, CloudEvent<?> event) {
        try {
            publishRaw(topic, event.subject(), JSON.writeValueAsString(event));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * Publishes the events, in order, in one Kafka transaction: a read_committed consumer sees the whole burst at once,
     * as after a national close, so it arrives in as few polls as the consumer's batch size allows.
     */
    public static void publishTogether(String topic, List<? extends CloudEvent<?>> events) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestKafka.bootstrapServers(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG,
                "test-events-" + UUID.randomUUID());
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            for (CloudEvent<?> event : events) {
                producer.send(new ProducerRecord<>(topic, event.subject(), JSON.writeValueAsString(event)));
            }
            producer.commitTransaction();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + events.size() + " events to " + topic, e);
        }
    }

    public static void publishRaw(String topic, String key, String value) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestKafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG,
                "all");
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + topic, e);
        }
    }
}

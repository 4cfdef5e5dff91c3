package nl.opleidingsklimaat.platform.consumer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import nl.opleidingsklimaat.platform.kafka.KafkaClients;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Sends poison records to this consumer group's dead-letter topic {@code <group>.dlq}: the original key and value,
 * and headers naming where it came from and why it failed.
 */
final class DeadLetters implements AutoCloseable {
    static final String ORIGINAL_TOPIC = "dlq.original.topic";
    static final String ORIGINAL_PARTITION = "dlq.original.partition";
    static final String ORIGINAL_OFFSET = "dlq.original.offset";
    static final String ERROR = "dlq.error";

    private final KafkaClients kafka;
    private final String topic;
    private KafkaProducer<String, String> producer;

    DeadLetters(KafkaClients kafka, String groupId) {
        this.kafka = kafka;
        this.topic = groupId + ".dlq";
    }

    String topic() {
        return topic;
    }

    /** Blocks until the broker has the dead letter, so the offset may then be committed. */
    void send(ConsumerRecord<String, String> poison, Throwable error) throws Exception {
        ProducerRecord<String, String> letter = new ProducerRecord<>(topic, poison.key(), poison.value());
        letter.headers().add(ORIGINAL_TOPIC, bytes(poison.topic()));
        letter.headers().add(ORIGINAL_PARTITION, bytes(String.valueOf(poison.partition())));
        letter.headers().add(ORIGINAL_OFFSET, bytes(String.valueOf(poison.offset())));
        letter.headers().add(ERROR, bytes(error.getClass().getName() + ": " + error.getMessage()));
        try {
            producer().send(letter).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            close();
            throw e;
        }
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = kafka.idempotentProducer("dlq");
        }
        return producer;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(1));
            producer = null;
        }
    }
}

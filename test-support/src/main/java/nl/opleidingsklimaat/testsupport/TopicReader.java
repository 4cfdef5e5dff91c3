package nl.opleidingsklimaat.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads what is really on a topic of the test broker, from the beginning, with a throwaway consumer group. */
public final class TopicReader {
    private TopicReader() {}

    /** Every record of the topic whose value matches, read until {@code quiet} passes without a new record. */
    public static List<ConsumerRecord<String, String>> readAll(
            String topic, Predicate<String> valueMatches, Duration quiet) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestKafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                "false");
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long quietUntil = System.nanoTime() + quiet.toNanos();
            long giveUpAt = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < quietUntil && System.nanoTime() < giveUpAt) {
                var records = consumer.poll(Duration.ofMillis(200));
                for (ConsumerRecord<String, String> record : records) {
                    if (record.value() != null && valueMatches.test(record.value())) {
                        found.add(record);
                    }
                }
                if (!records.isEmpty() || consumer.assignment().isEmpty()) {
                    quietUntil = System.nanoTime() + quiet.toNanos();
                }
            }
        }
        return found;
    }
}

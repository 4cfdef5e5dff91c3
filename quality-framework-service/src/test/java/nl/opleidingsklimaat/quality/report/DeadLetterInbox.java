package nl.opleidingsklimaat.quality.report;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import nl.opleidingsklimaat.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** Reads this service's dead-letter topic, as an operator would, to see that (and why) an event was refused. */
final class DeadLetterInbox {
    static final String TOPIC = "quality-framework-service.dlq";

    private DeadLetterInbox() {}

    /** Waits for the event's dead letter and returns its reason ({@code dlq.error}). */
    static String reasonFor(UUID eventId) {
        AtomicReference<String> reason = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<ConsumerRecord<String, String>> letters =
                    TopicReader.readAll(TOPIC, v -> v.contains(eventId.toString()), Duration.ofMillis(500));
            if (letters.isEmpty()) {
                return false;
            }
            Header error = letters.get(0).headers().lastHeader("dlq.error");
            reason.set(error == null ? "" : new String(error.value(), StandardCharsets.UTF_8));
            return true;
        });
        return reason.get();
    }
}

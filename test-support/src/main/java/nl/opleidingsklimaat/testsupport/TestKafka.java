package nl.opleidingsklimaat.testsupport;

import java.util.Optional;
import nl.opleidingsklimaat.localstack.KafkaBroker;

/**
 * The broker of this test JVM: one in-process KRaft broker shared by every test of a module, or an external one when
 * {@code KAFKA_BOOTSTRAP_SERVERS} is set (then it cannot be stopped by tests).
 */
public final class TestKafka {
    private static KafkaBroker embedded;
    private static String bootstrapServers;

    private TestKafka() {}

    public static synchronized String bootstrapServers() {
        if (bootstrapServers == null) {
            String external = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
            if (external != null && !external.isBlank()) {
                bootstrapServers = external;
            } else {
                embedded = KafkaBroker.onFreePorts().start();
                bootstrapServers = embedded.bootstrapServers();
                Runtime.getRuntime().addShutdownHook(new Thread(embedded::stop, "test-kafka-shutdown"));
            }
        }
        return bootstrapServers;
    }

    /** The in-process broker, for tests of what happens while it is away; empty with an external broker. */
    public static synchronized Optional<KafkaBroker> embeddedBroker() {
        bootstrapServers();
        return Optional.ofNullable(embedded);
    }
}

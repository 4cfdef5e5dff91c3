package nl.opleidingsklimaat.localstack;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the Kafka broker as its own process for the local stack: {@code LocalKafka <data-dir> [port] [controller-port]}.
 * Stops cleanly on SIGTERM.
 */
public final class LocalKafka {
    private LocalKafka() {}

    public static void main(String[] args) throws InterruptedException {
        Path dataDir = Path.of(args.length > 0 ? args[0] : ".run/kafka");
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 9092;
        int controllerPort = args.length > 2 ? Integer.parseInt(args[2]) : 9093;
        KafkaBroker broker = new KafkaBroker(dataDir, port, controllerPort, 3).start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            broker.stop();
                            stopped.countDown();
                        },
                        "kafka-shutdown"));
        System.out.println(
                "Kafka broker (KRaft) ready on " + broker.bootstrapServers() + ", data in " + dataDir.toAbsolutePath());
        stopped.await();
    }
}

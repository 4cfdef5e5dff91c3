package nl.opleidingsklimaat.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the Kafka broker as its own process for the local stack:
 * {@code LocalKafka <data-dir> [port] [controller-port] [accounts-dir]}. With an accounts directory the broker
 * authenticates (SASL/SCRAM) and authorises: {@code kafka-admin.password} there is the super user's password, and
 * {@code kafka-<service>.password} each service's, which gets the ACLs of {@link BrokerAccounts}. Stops cleanly on
 * SIGTERM.
 */
public final class LocalKafka {
    private LocalKafka() {}

    public static void main(String[] args) throws InterruptedException {
        Path dataDir = Path.of(args.length > 0 ? args[0] : ".run/kafka");
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 9092;
        int controllerPort = args.length > 2 ? Integer.parseInt(args[2]) : 9093;
        Path accounts = args.length > 3 ? Path.of(args[3]) : null;
        KafkaBroker broker = new KafkaBroker(
                        dataDir, port, controllerPort, 3, accounts == null ? null : read(accounts, "admin"))
                .start();
        if (accounts != null) {
            Map<String, String> passwords = new HashMap<>();
            for (BrokerAccounts account : BrokerAccounts.values()) {
                passwords.put(account.principal(), read(accounts, account.principal()));
            }
            BrokerAccounts.grantAll(broker, passwords);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            broker.stop();
                            stopped.countDown();
                        },
                        "kafka-shutdown"));
        System.out.println("Kafka broker (KRaft) ready on " + broker.bootstrapServers()
                + (broker.authenticates() ? " (SASL/SCRAM, ACLs)" : "") + ", data in " + dataDir.toAbsolutePath());
        stopped.await();
    }

    private static String read(Path accounts, String name) {
        try {
            return Files.readString(accounts.resolve("kafka-" + name + ".password"))
                    .trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

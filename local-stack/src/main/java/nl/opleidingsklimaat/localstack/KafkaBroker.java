package nl.opleidingsklimaat.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real single-node Apache Kafka broker in KRaft mode (broker and controller in one), run inside this JVM.
 * Stopping and starting again keeps the ports and the data, like restarting a real broker.
 *
 * <p>With an admin password it authenticates every client (SASL/SCRAM-SHA-256; the controller listener SASL/PLAIN) and
 * authorises with Kafka's {@code StandardAuthorizer}: nobody but the super user {@value #ADMIN} may do anything an ACL
 * does not allow ({@link BrokerAccounts} gives each service its principal and ACLs).
 */
public final class KafkaBroker implements AutoCloseable {
    public static final String ADMIN = "admin";
    public static final String MECHANISM = "SCRAM-SHA-256";
    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final String AUTHENTICATED_MARKER = "scram-admin";

    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private final int partitions;
    private final String adminPassword;
    private KafkaRaftServer server;

    public KafkaBroker(Path dataDir, int port, int controllerPort, int partitions) {
        this(dataDir, port, controllerPort, partitions, null);
    }

    /** @param adminPassword the super user's password; {@code null} for a broker without authentication */
    public KafkaBroker(Path dataDir, int port, int controllerPort, int partitions, String adminPassword) {
        this.dataDir = dataDir;
        this.port = port;
        this.controllerPort = controllerPort;
        this.partitions = partitions;
        this.adminPassword = adminPassword;
        if (adminPassword != null && !adminPassword.matches("[A-Za-z0-9_-]{8,}")) {
            throw new IllegalArgumentException("the broker's admin password must be 8 or more letters, digits, - or _");
        }
    }

    /** An authenticating broker on two free ports with a fresh temporary data directory. */
    public static KafkaBroker authenticatedOnFreePorts(String adminPassword) {
        try {
            return new KafkaBroker(
                    Files.createTempDirectory("kafka-broker-"), freePort(), freePort(), 3, adminPassword);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean authenticates() {
        return adminPassword != null;
    }

    /** Client settings for a principal of this broker (bootstrap servers, and SASL/SCRAM when it authenticates). */
    public Map<String, Object> clientConfig(String username, String password) {
        Map<String, Object> config = new HashMap<>();
        config.put("bootstrap.servers", bootstrapServers());
        if (authenticates()) {
            config.put("security.protocol", "SASL_PLAINTEXT");
            config.put("sasl.mechanism", MECHANISM);
            config.put("sasl.jaas.config", scramLogin(username, password));
        }
        return config;
    }

    /** Client settings of the super user. */
    public Map<String, Object> adminConfig() {
        return clientConfig(ADMIN, adminPassword);
    }

    static String scramLogin(String username, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + username
                + "\" password=\"" + password + "\";";
    }

    /** A broker on two free ports with a fresh temporary data directory. */
    public static KafkaBroker onFreePorts() {
        try {
            return new KafkaBroker(Files.createTempDirectory("kafka-broker-"), freePort(), freePort(), 3);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    public synchronized KafkaBroker start() {
        if (server != null) {
            return this;
        }
        try {
            Path logDir = dataDir.resolve("log");
            if (authenticates() && !Files.exists(dataDir.resolve(AUTHENTICATED_MARKER))) {
                LocalProcesses.deleteRecursively(
                        logDir); // formatted without the super user's SCRAM credential: start over
            }
            if (!Files.exists(logDir.resolve("meta.properties"))) {
                Files.createDirectories(logDir);
                format(logDir);
            }
            KafkaRaftServer raft = new KafkaRaftServer(new KafkaConfig(config(logDir)), Time.SYSTEM);
            raft.startup();
            server = raft;
            return this;
        } catch (Exception e) {
            throw new IllegalStateException("Kafka broker did not start on port " + port, e);
        }
    }

    public synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void format(Path logDir) throws Exception {
        Formatter formatter = new Formatter();
        if (authenticates()) {
            formatter.setScramArguments(List.of(MECHANISM + "=[name=" + ADMIN + ",password=" + adminPassword + "]"));
        }
        formatter
                .setClusterId(Uuid.randomUuid().toString())
                .setNodeId(NODE_ID)
                .setControllerListenerName(CONTROLLER_LISTENER)
                .setMetadataLogDirectory(logDir.toString())
                .setDirectories(List.of(logDir.toString()))
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .setPrintStream(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()))
                .run();
        if (authenticates()) {
            Files.writeString(dataDir.resolve(AUTHENTICATED_MARKER), MECHANISM);
        }
    }

    private Properties config(Path logDir) {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        props.put(
                "listeners",
                "PLAINTEXT://127.0.0.1:" + port + "," + CONTROLLER_LISTENER + "://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", logDir.toString());
        props.put("metadata.log.dir", logDir.toString());
        props.put("num.partitions", String.valueOf(partitions));
        props.put("auto.create.topics.enable", "true");
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "3");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("default.replication.factor", "1");
        if (authenticates()) {
            secure(props);
        }
        props.put("min.insync.replicas", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("log.flush.interval.messages", "10000");
        return props;
    }

    private void secure(Properties props) {
        String clients = "SASL_PLAINTEXT";
        props.put(
                "listeners",
                clients + "://127.0.0.1:" + port + "," + CONTROLLER_LISTENER + "://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", clients + "://127.0.0.1:" + port);
        props.put(
                "listener.security.protocol.map",
                clients + ":SASL_PLAINTEXT," + CONTROLLER_LISTENER + ":SASL_PLAINTEXT");
        props.put("inter.broker.listener.name", clients);
        props.put("sasl.mechanism.inter.broker.protocol", MECHANISM);
        props.put("listener.name.sasl_plaintext.sasl.enabled.mechanisms", MECHANISM);
        props.put("listener.name.sasl_plaintext.scram-sha-256.sasl.jaas.config", scramLogin(ADMIN, adminPassword));
        // SCRAM credentials live in the metadata the controller serves, so the controller listener uses PLAIN
        props.put("sasl.mechanism.controller.protocol", "PLAIN");
        props.put("listener.name.controller.sasl.enabled.mechanisms", "PLAIN");
        props.put(
                "listener.name.controller.plain.sasl.jaas.config",
                "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + ADMIN
                        + "\" password=\"" + adminPassword + "\" user_" + ADMIN + "=\"" + adminPassword + "\";");
        props.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        props.put("super.users", "User:" + ADMIN);
        props.put("allow.everyone.if.no.acl.found", "false");
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

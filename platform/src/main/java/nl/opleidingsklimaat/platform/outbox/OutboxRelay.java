package nl.opleidingsklimaat.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.opleidingsklimaat.contracts.CloudEvent;
import nl.opleidingsklimaat.platform.kafka.KafkaClients;
import nl.opleidingsklimaat.platform.worker.BackgroundWorker;
import nl.opleidingsklimaat.platform.worker.Backoff;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.jboss.logging.Logger;

/**
 * Publishes pending outbox rows to Kafka and marks them sent, oldest first. Every instance of a service runs a relay;
 * they take turns through a transaction-scoped advisory lock, one batch at a time, because two relays publishing side
 * by side could put a subject's later event on its partition before an earlier one that the other relay holds. The
 * rows are also claimed with {@code FOR UPDATE SKIP LOCKED}, so a row is never published twice. While
 * the broker is away the relay probes with one row at a time and backs off exponentially; nothing is lost and no
 * user request waits for Kafka.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    /** One relay of the service's instances publishes at a time; the lock goes with the batch's transaction. */
    private static final String TAKE_TURN = "SELECT pg_try_advisory_xact_lock(hashtext('platform.outbox-relay'))";

    private static final Duration TURN_RETRY = Duration.ofMillis(20);
    private static final String CLAIM_PENDING = """
            SELECT id, topic, record_key, envelope FROM outbox_event
            WHERE published_at IS NULL ORDER BY position LIMIT ? FOR UPDATE SKIP LOCKED""";
    private static final String MARK_PUBLISHED =
            "UPDATE outbox_event SET published_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = ANY (?)";
    private static final String MARK_FAILED =
            "UPDATE outbox_event SET attempts = attempts + 1, last_error = ? WHERE id = ?";
    private static final String COUNT_PENDING = "SELECT count(*) FROM outbox_event WHERE published_at IS NULL";
    private static final String PURGE =
            "DELETE FROM outbox_event WHERE published_at < now() - make_interval(secs => ?)";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    KafkaClients kafka;

    @Inject
    OutboxConfig config;

    @Inject
    MeterRegistry registry;

    private BackgroundWorker worker;
    private KafkaProducer<String, String> producer;
    private Counter published;
    private Counter failures;

    void start(@Observes StartupEvent startup) {
        published = Counter.builder("platform.outbox.published")
                .description("Outbox events published to Kafka")
                .register(registry);
        failures = Counter.builder("platform.outbox.publish.failures")
                .description("Failed attempts to publish outbox events")
                .register(registry);
        Gauge.builder("platform.outbox.pending", this, OutboxRelay::pendingCount)
                .description("Outbox events not yet published")
                .register(registry);
        if (!config.relayEnabled()) {
            LOG.info("Outbox relay disabled on this instance");
            return;
        }
        worker = new BackgroundWorker(
                        "outbox-relay", new Backoff(config.initialBackoff(), config.maxBackoff()), this::publishTurn)
                .start(1);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (worker != null) {
            worker.stop(Duration.ofSeconds(10));
        }
        closeProducer();
    }

    /** Called after a transaction that recorded events commits, so they go out without waiting for the next poll. */
    public void wakeUp() {
        if (worker != null) {
            worker.wakeUp();
        }
    }

    /** One batch; after a failure only one row at a time, probing the broker, until one goes through. */
    private void publishTurn(int failuresInARow) throws InterruptedException {
        BatchResult result;
        try {
            result = publishBatch(failuresInARow == 0 ? config.batchSize() : 1);
        } catch (RuntimeException e) {
            failures.increment();
            closeProducer();
            throw e;
        }
        if (result.otherRelaysTurn()) {
            worker.pause(TURN_RETRY); // the other instance may have claimed before our rows were committed
        } else if (result.failed() > 0) {
            throw new KafkaUnavailableException(result.failed() + " events not accepted by Kafka; they stay pending");
        } else if (result.published() < config.batchSize()) {
            worker.idle(config.pollInterval());
        }
    }

    private BatchResult publishBatch(int limit) {
        return QuarkusTransaction.requiringNew().timeout(120).call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                if (!takeTurn(connection)) {
                    return BatchResult.OTHER_RELAYS_TURN;
                }
                List<PendingEvent> pending = claim(connection, limit);
                if (pending.isEmpty()) {
                    return new BatchResult(0, 0, false);
                }
                List<UUID> sent = new ArrayList<>();
                int failed = 0;
                List<Future<RecordMetadata>> sends = new ArrayList<>();
                KafkaProducer<String, String> client = producer();
                for (PendingEvent event : pending) {
                    Future<RecordMetadata> send = client.send(event.toRecord());
                    sends.add(send);
                    if (failedAlready(send)) {
                        break; // the broker is unreachable: don't wait max.block.ms for every other row
                    }
                }
                for (int i = 0; i < sends.size(); i++) {
                    try {
                        sends.get(i).get(30, TimeUnit.SECONDS);
                        sent.add(pending.get(i).id());
                    } catch (Exception e) {
                        failed++;
                        failures.increment();
                        markFailed(connection, pending.get(i).id(), rootMessage(e));
                    }
                }
                markPublished(connection, sent);
                published.increment(sent.size());
                if (failed > 0) {
                    closeProducer();
                }
                return new BatchResult(sent.size(), failed, false);
            }
        });
    }

    private static boolean failedAlready(Future<RecordMetadata> send) {
        if (!send.isDone()) {
            return false;
        }
        try {
            send.get();
            return false;
        } catch (Exception e) {
            return true;
        }
    }

    private static boolean takeTurn(Connection connection) throws SQLException {
        try (PreparedStatement turn = connection.prepareStatement(TAKE_TURN);
                ResultSet result = turn.executeQuery()) {
            return result.next() && result.getBoolean(1);
        }
    }

    private List<PendingEvent> claim(Connection connection, int limit) throws SQLException {
        try (PreparedStatement claim = connection.prepareStatement(CLAIM_PENDING)) {
            claim.setInt(1, limit);
            List<PendingEvent> pending = new ArrayList<>();
            try (ResultSet rows = claim.executeQuery()) {
                while (rows.next()) {
                    pending.add(new PendingEvent(
                            rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3), rows.getString(4)));
                }
            }
            return pending;
        }
    }

    private void markPublished(Connection connection, List<UUID> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(MARK_PUBLISHED)) {
            Array array = connection.createArrayOf("uuid", ids.toArray());
            update.setArray(1, array);
            update.executeUpdate();
        }
    }

    private void markFailed(Connection connection, UUID id, String error) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(MARK_FAILED)) {
            update.setString(1, error.length() > 1000 ? error.substring(0, 1000) : error);
            update.setObject(2, id);
            update.executeUpdate();
        }
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgePublished() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement purge = connection.prepareStatement(PURGE)) {
            purge.setLong(1, config.retention().toSeconds());
            int deleted = purge.executeUpdate();
            if (deleted > 0) {
                LOG.debugf("Purged %d published outbox events", deleted);
            }
        } catch (SQLException e) {
            LOG.warnf("Could not purge published outbox events: %s", e.getMessage());
        }
    }

    double pendingCount() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement(COUNT_PENDING);
                ResultSet result = count.executeQuery()) {
            return result.next() ? result.getLong(1) : Double.NaN;
        } catch (SQLException e) {
            return Double.NaN;
        }
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = kafka.idempotentProducer("outbox");
        }
        return producer;
    }

    private synchronized void closeProducer() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(1));
            producer = null;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static class KafkaUnavailableException extends RuntimeException {
        KafkaUnavailableException(String message) {
            super(message);
        }
    }

    private record BatchResult(int published, int failed, boolean otherRelaysTurn) {
        static final BatchResult OTHER_RELAYS_TURN = new BatchResult(0, 0, true);
    }

    private record PendingEvent(UUID id, String topic, String key, String envelope) {
        ProducerRecord<String, String> toRecord() {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, envelope);
            record.headers()
                    .add(new RecordHeader("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8)));
            return record;
        }
    }
}

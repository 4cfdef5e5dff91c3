package nl.opleidingsklimaat.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import nl.opleidingsklimaat.contracts.CloudEvent;
import nl.opleidingsklimaat.contracts.EventType;

/**
 * Records an integration event in the same database transaction as the state change it announces. The relay
 * publishes it after commit; if the transaction rolls back, the event never existed.
 */
@ApplicationScoped
public class Outbox {
    private static final String INSERT = """
            INSERT INTO outbox_event (id, topic, record_key, event_type, envelope)
            VALUES (?, ?, ?, ?, ?)""";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    @Inject
    EventSource source;

    /**
     * Records the event; must run inside the caller's transaction (refuses otherwise).
     *
     * @param subject the CloudEvents subject and Kafka key, e.g. {@code programme/LUMC-INT}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> CloudEvent<T> record(EventType<T> type, String subject, T data) {
        return recordAll(type, List.of(new Message<>(subject, data))).get(0);
    }

    /** Records several events of one type, in order, with one batched insert; must run inside the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> List<CloudEvent<T>> recordAll(EventType<T> type, List<Message<T>> messages) {
        if (messages.isEmpty()) {
            return List.of();
        }
        List<CloudEvent<T>> events = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Message<T> message : messages) {
                CloudEvent<T> event = CloudEvent.of(
                        type, source.name(), message.subject(), message.data(), OffsetDateTime.now(ZoneOffset.UTC));
                insert.setObject(1, event.id());
                insert.setString(2, type.topic());
                insert.setString(3, message.subject());
                insert.setString(4, type.name());
                insert.setString(5, objectMapper.writeValueAsString(event));
                insert.addBatch();
                events.add(event);
            }
            insert.executeBatch();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Could not record " + type.name() + " in the outbox", e);
        }
        transactions.registerInterposedSynchronization(new WakeRelayAfterCommit(relay));
        return events;
    }

    /**
     * One event to record: its payload and its subject.
     *
     * @param subject the CloudEvents subject and Kafka key, e.g. {@code programme/LUMC-INT}
     */
    public record Message<T>(String subject, T data) {}

    private record WakeRelayAfterCommit(OutboxRelay relay) implements Synchronization {
        @Override
        public void beforeCompletion() {}

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                relay.wakeUp();
            }
        }
    }
}

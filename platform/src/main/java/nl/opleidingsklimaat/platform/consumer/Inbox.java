package nl.opleidingsklimaat.platform.consumer;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.opleidingsklimaat.contracts.CloudEvent;

/** Remembers which events this service has applied; the id is inserted first, a duplicate key means "seen". */
@ApplicationScoped
public class Inbox {
    private static final String RECORD = """
            INSERT INTO inbox_event (event_id, event_type, source, subject) VALUES (?, ?, ?, ?)
            ON CONFLICT (event_id) DO NOTHING""";
    private static final String RECORD_ALL = """
            INSERT INTO inbox_event (event_id, event_type, source, subject)
            SELECT * FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[])
            ON CONFLICT (event_id) DO NOTHING
            RETURNING event_id""";

    @Inject
    AgroalDataSource dataSource;

    /** Records the event in the current transaction; false when it was recorded before. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean recordFirstDelivery(CloudEvent<?> event) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(RECORD)) {
            insert.setObject(1, event.id());
            insert.setString(2, event.type());
            insert.setString(3, event.source());
            insert.setString(4, event.subject());
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new InboxUnavailableException(e);
        }
    }

    /**
     * Records the events in the current transaction with one statement; returns the ids recorded now, so an event
     * recorded before (or a second copy in the list) is not among them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> recordFirstDeliveries(List<? extends CloudEvent<?>> events) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(RECORD_ALL)) {
            insert.setArray(
                    1,
                    array(
                            connection,
                            "uuid",
                            events.stream().map(CloudEvent::id).toArray()));
            insert.setArray(
                    2,
                    array(
                            connection,
                            "text",
                            events.stream().map(CloudEvent::type).toArray()));
            insert.setArray(
                    3,
                    array(
                            connection,
                            "text",
                            events.stream().map(CloudEvent::source).toArray()));
            insert.setArray(
                    4,
                    array(
                            connection,
                            "text",
                            events.stream().map(CloudEvent::subject).toArray()));
            Set<UUID> recorded = new HashSet<>();
            try (ResultSet ids = insert.executeQuery()) {
                while (ids.next()) {
                    recorded.add(ids.getObject(1, UUID.class));
                }
            }
            return recorded;
        } catch (SQLException e) {
            throw new InboxUnavailableException(e);
        }
    }

    private static Array array(Connection connection, String type, Object[] values) throws SQLException {
        return connection.createArrayOf(type, values);
    }

    /** The database behind the inbox could not be reached: retry later, never dead-letter for this. */
    public static class InboxUnavailableException extends RuntimeException {
        InboxUnavailableException(SQLException cause) {
            super("inbox unavailable: " + cause.getMessage(), cause);
        }
    }
}

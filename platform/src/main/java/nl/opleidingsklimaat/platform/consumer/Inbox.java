package nl.opleidingsklimaat.platform.consumer;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import nl.opleidingsklimaat.contracts.CloudEvent;

/** Remembers which events this service has applied; the id is inserted first, a duplicate key means "seen". */
@ApplicationScoped
public class Inbox {
    private static final String RECORD = """
            INSERT INTO inbox_event (event_id, event_type, source, subject) VALUES (?, ?, ?, ?)
            ON CONFLICT (event_id) DO NOTHING""";

    @Inject
    AgroalDataSource dataSource;

    /** Records the event in the current transaction; false when it was recorded before. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean recordFirstDelivery(CloudEvent<?> event) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(RECORD)) {
            insert.setObject(1, event.id());
            insert.setString(2, event.type());
            insert.setString(3, event.source());
            insert.setString(4, event.subject());
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new InboxUnavailableException(e);
        }
    }

    /** The database behind the inbox could not be reached: retry later, never dead-letter for this. */
    public static class InboxUnavailableException extends RuntimeException {
        InboxUnavailableException(SQLException cause) {
            super("inbox unavailable: " + cause.getMessage(), cause);
        }
    }
}

package nl.opleidingsklimaat.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The keys clients sent, each statement on its own (autocommit): a key is taken before the request runs and its
 * response stored after, so that a retry while the first is still running is told so (409) rather than run twice.
 */
@ApplicationScoped
class IdempotencyRecords {
    private static final Logger LOG = Logger.getLogger(IdempotencyRecords.class);

    private static final String TAKE = """
            INSERT INTO idempotency_key (client, key, fingerprint) VALUES (?, ?, ?)
            ON CONFLICT (client, key) DO UPDATE
                SET fingerprint = excluded.fingerprint, created_at = now(), completed_at = NULL, status = NULL,
                    headers = NULL, body = NULL
                WHERE idempotency_key.created_at < now() - make_interval(secs => ?)
                   OR (idempotency_key.completed_at IS NULL
                       AND idempotency_key.created_at < now() - make_interval(secs => ?))
            RETURNING true""";
    private static final String READ =
            "SELECT fingerprint, completed_at IS NOT NULL, status, headers, body FROM idempotency_key"
                    + " WHERE client = ? AND key = ?";
    private static final String COMPLETE = """
            UPDATE idempotency_key SET completed_at = now(), status = ?, headers = ?::jsonb, body = ?
            WHERE client = ? AND key = ? AND completed_at IS NULL""";
    private static final String RELEASE =
            "DELETE FROM idempotency_key WHERE client = ? AND key = ? AND completed_at IS NULL";
    private static final String PURGE =
            "DELETE FROM idempotency_key WHERE created_at < now() - make_interval(secs => ?)";

    sealed interface Claim {}

    /** The key is this request's: run it. */
    record Taken() implements Claim {}

    /** The key's first request is done: replay its response. */
    record Done(StoredResponse response) implements Claim {}

    /** The key's first request is still running. */
    record Running() implements Claim {}

    /** The key was used for another request. */
    record OtherRequest() implements Claim {}

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    IdempotencyConfig config;

    Claim claim(String client, String key, byte[] fingerprint) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement take = connection.prepareStatement(TAKE)) {
                take.setString(1, client);
                take.setString(2, key);
                take.setBytes(3, fingerprint);
                take.setLong(4, config.retention().toSeconds());
                take.setLong(5, config.lease().toSeconds());
                try (ResultSet taken = take.executeQuery()) {
                    if (taken.next()) {
                        return new Taken();
                    }
                }
            }
            try (PreparedStatement read = connection.prepareStatement(READ)) {
                read.setString(1, client);
                read.setString(2, key);
                try (ResultSet row = read.executeQuery()) {
                    if (!row.next()) {
                        return claim(client, key, fingerprint); // purged in between
                    }
                    if (!Arrays.equals(row.getBytes(1), fingerprint)) {
                        return new OtherRequest();
                    }
                    if (!row.getBoolean(2)) {
                        return new Running();
                    }
                    return new Done(new StoredResponse(row.getInt(3), headers(row.getString(4)), row.getBytes(5)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read Idempotency-Key", e);
        }
    }

    void complete(String client, String key, StoredResponse response) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement complete = connection.prepareStatement(COMPLETE)) {
            complete.setInt(1, response.status());
            complete.setString(2, objectMapper.writeValueAsString(response.headers()));
            complete.setBytes(3, response.body());
            complete.setString(4, client);
            complete.setString(5, key);
            complete.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            // the work is done; a retry will find the key running until its lease ends, then run again
            LOG.errorf("Could not store the response to an Idempotency-Key: %s", e.getMessage());
        }
    }

    void release(String client, String key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement release = connection.prepareStatement(RELEASE)) {
            release.setString(1, client);
            release.setString(2, key);
            release.executeUpdate();
        } catch (SQLException e) {
            LOG.warnf("Could not release an Idempotency-Key: %s", e.getMessage());
        }
    }

    @Scheduled(every = "1h", delayed = "2m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpired() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement purge = connection.prepareStatement(PURGE)) {
            purge.setLong(1, config.retention().toSeconds());
            purge.executeUpdate();
        } catch (SQLException e) {
            LOG.warnf("Could not purge expired Idempotency-Keys: %s", e.getMessage());
        }
    }

    private Map<String, String> headers(String json) {
        try {
            return json == null ? Map.of() : objectMapper.readValue(json, new TypeReference<Map<String, String>>() {});
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }
}

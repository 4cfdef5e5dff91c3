package nl.opleidingsklimaat.platform.ballot;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A ballot box for answers that must not be linkable to who gave them. Whoever answers is marked (an invitation used,
 * a registration evaluated) in the same transaction that drops the sealed ballot in the box, so a database reader can
 * pair the two rows by their system columns ({@code xmin}, {@code ctid}), but the ballot is AES-GCM ciphertext under a
 * key that is not in the database, padded to a fixed size. Ballots are opened only together ({@link #openAll},
 * {@link #openWhenAtLeast}): decrypted, deleted and handed back in a random order, so that the caller stores the
 * answers of many people in one transaction, in shuffled order, with nothing left to pair them with anyone.
 *
 * <p>Durable as any row: a ballot sealed in a committed transaction survives a crash and is opened later.
 */
@ApplicationScoped
public class SealedBallotBox {
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    BallotConfig config;

    private volatile SecretKey key;

    /** Seals the ballot and drops it in the box, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void seal(String box, Object ballot) {
        byte[] sealed = encrypt(box, BallotPadding.pad(json(ballot), config.blockSize()));
        update("INSERT INTO sealed_ballot (box, key_id, sealed) VALUES (?, ?, ?)", box, config.keyId(), sealed);
    }

    /** How many ballots wait in the box. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int count(String box) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("SELECT count(*) FROM sealed_ballot WHERE box = ?")) {
            select.setString(1, box);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Opens every ballot of the box, empties it and returns the ballots in a random order; the caller stores them in
     * this same transaction. Other transactions opening the same box wait (the ballots are locked). For a large box
     * use {@link #openAllInBatches}, which holds only one batch in memory.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> List<T> openAll(String box, Class<T> type) {
        List<T> all = new ArrayList<>();
        openAllInBatches(box, type, 1000, all::addAll);
        Collections.shuffle(all, RANDOM);
        return all;
    }

    /** Like {@link #openAll}, but only when at least {@code minimum} ballots wait; otherwise opens none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> List<T> openWhenAtLeast(String box, int minimum, Class<T> type) {
        // counts the rows it locks: a concurrent opener is waited for, and what it left is what is counted
        return countLocking(box) < minimum ? List.of() : openAll(box, type);
    }

    private int countLocking(String box) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("SELECT 1 FROM sealed_ballot WHERE box = ? FOR UPDATE")) {
            select.setString(1, box);
            int locked = 0;
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    locked++;
                }
            }
            return locked;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Opens every ballot of the box and hands them to {@code store} in batches of at most {@code batchSize}, in a
     * random order (PostgreSQL sorts the box by {@code random()}, and each batch is shuffled again), then empties the
     * box; all in the caller's transaction, so {@code store} inserts the clear rows in that same transaction. Returns
     * how many ballots were opened. Memory holds one batch, whatever the size of the box.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> int openAllInBatches(String box, Class<T> type, int batchSize, Consumer<List<T>> store) {
        JavaType javaType = objectMapper.constructType(type);
        int opened = 0;
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT key_id, sealed FROM sealed_ballot WHERE box = ? ORDER BY random() FOR UPDATE")) {
                select.setString(1, box);
                select.setFetchSize(batchSize);
                try (ResultSet rows = select.executeQuery()) {
                    List<T> batch = new ArrayList<>(batchSize);
                    while (rows.next()) {
                        requireKnownKey(rows.getString(1));
                        batch.add(
                                objectMapper.readValue(BallotPadding.unpad(decrypt(box, rows.getBytes(2))), javaType));
                        if (batch.size() == batchSize) {
                            opened += hand(batch, store);
                            batch = new ArrayList<>(batchSize);
                        }
                    }
                    opened += hand(batch, store);
                }
            }
            if (opened > 0) {
                try (PreparedStatement delete =
                        connection.prepareStatement("DELETE FROM sealed_ballot WHERE box = ?")) {
                    delete.setString(1, box);
                    delete.executeUpdate();
                }
            }
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("Could not open the ballot box " + box, e);
        }
        return opened;
    }

    private static <T> int hand(List<T> batch, Consumer<List<T>> store) {
        if (batch.isEmpty()) {
            return 0;
        }
        Collections.shuffle(batch, RANDOM);
        store.accept(batch);
        return batch.size();
    }

    private void requireKnownKey(String keyId) {
        if (!config.keyId().equals(keyId)) {
            throw new IllegalStateException(
                    "A ballot is sealed with key '" + keyId + "', but this service has key '" + config.keyId()
                            + "': configure that key (platform.ballots.key, .key-id) until every box sealed with it is opened");
        }
    }

    private byte[] json(Object ballot) {
        try {
            return objectMapper.writeValueAsBytes(ballot);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("A ballot must be serialisable as JSON", e);
        }
    }

    private byte[] encrypt(String box, byte[] plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(box.getBytes(StandardCharsets.UTF_8)); // a ballot cannot be moved to another box
            byte[] ciphertext = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE_BYTES + ciphertext.length)
                    .put(nonce)
                    .put(ciphertext)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not seal a ballot", e);
        }
    }

    private byte[] decrypt(String box, byte[] sealed) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(box.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "A ballot in " + box + " does not open with this service's key (tampered, or another key)", e);
        }
    }

    /**
     * A service that keeps ballots (its Flyway locations include {@code db/ballot}) refuses to start without a valid
     * key, instead of failing the first resident who answers.
     */
    void requireKeyAtStart(
            @Observes StartupEvent start, @ConfigProperty(name = "quarkus.flyway.locations") List<String> locations) {
        if (locations.contains("db/ballot")) {
            key();
        }
    }

    private SecretKey key() {
        if (key == null) {
            byte[] bytes = Base64.getDecoder()
                    .decode(
                            config.key()
                                    .orElseThrow(
                                            () -> new IllegalStateException(
                                                    "platform.ballots.key (PLATFORM_BALLOTS_KEY) is not set: answers cannot be sealed; give 32 random bytes, base64")));
            if (bytes.length != 32) {
                throw new IllegalStateException(
                        "platform.ballots.key must be 32 bytes (base64 of 32 random bytes), not " + bytes.length);
            }
            key = new SecretKeySpec(bytes, "AES");
        }
        return key;
    }

    private void update(String sql, String box, String keyId, byte[] sealed) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, box);
            statement.setString(2, keyId);
            statement.setBytes(3, sealed);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

package nl.opleidingsklimaat.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import nl.opleidingsklimaat.contracts.Topics;
import nl.opleidingsklimaat.testsupport.PackagedService;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Counting helpers shared by the faults: what the outbox tables say, what is really on the topics (by CloudEvent id),
 * what each consumer's inbox holds, and the lag of each consumer group.
 */
public final class Ledger {
    /** The topics each service's consumer group reads (from its IntegrationEventHandlers). */
    public static final Map<PackagedService, List<String>> SUBSCRIPTIONS = Map.of(
            PackagedService.QUALITY, List.of(Topics.SURVEY, Topics.COACHING, Topics.TRAINING_EVENTS),
            PackagedService.SURVEY, List.of(Topics.QUALITY),
            PackagedService.COACHING, List.of(Topics.QUALITY, Topics.SURVEY),
            PackagedService.EVENTS, List.of(Topics.QUALITY));

    public static final List<String> TOPICS =
            List.of(Topics.QUALITY, Topics.SURVEY, Topics.COACHING, Topics.TRAINING_EVENTS);

    private final BenchPlatform platform;

    public Ledger(BenchPlatform platform) {
        this.platform = platform;
    }

    /** One fault's verdict: the counts it compared and every check that failed. */
    public static final class Verdict {
        final String fault;
        final List<String> counts = new ArrayList<>();
        final List<String> failures = new ArrayList<>();

        public Verdict(String fault) {
            this.fault = fault;
        }

        public Verdict count(String text) {
            counts.add(text);
            return this;
        }

        public Verdict check(boolean ok, String what) {
            if (!ok) {
                failures.add(what);
            }
            return this;
        }

        public boolean passed() {
            return failures.isEmpty();
        }

        public String row() {
            return "| %s | %s | %s |"
                    .formatted(
                            fault,
                            String.join("; ", counts),
                            passed() ? "pass" : "FAIL: " + String.join("; ", failures));
        }
    }

    // ---- database ----

    public List<UUID> uuids(PackagedService service, String sql, Object... parameters) {
        List<UUID> ids = new ArrayList<>();
        try (Connection connection = platform.connect(service);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
        return ids;
    }

    public List<String> strings(PackagedService service, String sql, Object... parameters) {
        List<String> values = new ArrayList<>();
        try (Connection connection = platform.connect(service);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
        return values;
    }

    /** How many of {@code ids} the service's inbox holds (each at most once: it is the primary key). */
    public long inboxed(PackagedService service, Collection<UUID> ids) {
        try (Connection connection = platform.connect(service);
                PreparedStatement statement =
                        connection.prepareStatement("SELECT count(*) FROM inbox_event WHERE event_id = ANY (?)")) {
            Array array = connection.createArrayOf("uuid", ids.toArray());
            statement.setArray(1, array);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long pendingOutbox() {
        long pending = 0;
        for (PackagedService service : PackagedService.values()) {
            pending += platform.scalar(service, "SELECT count(*) FROM outbox_event WHERE published_at IS NULL");
        }
        return pending;
    }

    /** Every table of the service except Flyway's, with its row count. */
    public Map<String, Long> rowCounts(PackagedService service) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables(service)) {
            counts.put(table, platform.scalar(service, "SELECT count(*) FROM " + table));
        }
        return counts;
    }

    public List<String> tables(PackagedService service) {
        return strings(service, """
                SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
                AND table_name <> 'flyway_schema_history' ORDER BY table_name""");
    }

    /** Row count and md5 of every row's text form, per table, in a stable order. */
    public Map<String, String> snapshot(PackagedService service) {
        Map<String, String> snapshot = new LinkedHashMap<>();
        for (String table : tables(service)) {
            snapshot.put(
                    table,
                    strings(
                                    service,
                                    "SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, ',' ORDER BY t::text)), '-') FROM "
                                            + table + " t")
                            .get(0));
        }
        return snapshot;
    }

    // ---- Kafka ----

    Properties kafkaConfig() {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.broker().bootstrapServers());
        return config;
    }

    public Admin admin() {
        return Admin.create(kafkaConfig());
    }

    /** CloudEvent id -> number of records carrying it, over the whole topic (read without a consumer group). */
    public Map<UUID, Integer> idsOnTopic(String topic) {
        Properties config = kafkaConfig();
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        Map<UUID, Integer> ids = new HashMap<>();
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
            if (infos == null || infos.isEmpty()) {
                return ids;
            }
            List<TopicPartition> partitions = infos.stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end");
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    try {
                        JsonNode id = Api.JSON.readTree(record.value()).path("id");
                        if (id.isTextual()) {
                            ids.merge(UUID.fromString(id.asText()), 1, Integer::sum);
                        }
                    } catch (Exception notACloudEvent) {
                        // counted nowhere: only CloudEvents have ids
                    }
                }
            }
        }
        return ids;
    }

    public Map<UUID, Integer> idsOnAllTopics() {
        Map<UUID, Integer> all = new HashMap<>();
        TOPICS.forEach(topic -> idsOnTopic(topic).forEach((id, n) -> all.merge(id, n, Integer::sum)));
        return all;
    }

    /** Records of the group's topics not yet committed by the group. */
    public long lag(Admin admin, PackagedService service) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(service.module())
                .partitionsToOffsetAndMetadata()
                .get();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        var topics =
                admin.describeTopics(SUBSCRIPTIONS.get(service)).allTopicNames().get();
        topics.forEach((name, description) -> description
                .partitions()
                .forEach(p -> latest.put(new TopicPartition(name, p.partition()), OffsetSpec.latest())));
        long lag = 0;
        for (var entry : admin.listOffsets(latest).all().get().entrySet()) {
            OffsetAndMetadata at = committed.get(entry.getKey());
            lag += entry.getValue().offset() - (at == null ? 0 : at.offset());
        }
        return lag;
    }

    /** Waits until no outbox row is pending and every consumer group has committed to the end of its topics. */
    public Duration awaitSettled(Duration timeout) {
        long t0 = System.nanoTime();
        try (Admin admin = admin()) {
            Api.eventually(
                    "outbox drained and consumers caught up",
                    timeout,
                    () -> {
                        long pending = pendingOutbox();
                        long lag = 0;
                        for (PackagedService service : PackagedService.values()) {
                            try {
                                lag += lag(admin, service);
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        }
                        return pending + lag;
                    },
                    remaining -> remaining == 0);
            // both zero at once can still be a moment before a consumer's transaction is visible: it must stay so for a
            // second
            Api.steadily("outbox stays drained", timeout, Duration.ofSeconds(1), this::pendingOutbox, p -> p == 0);
        }
        return Duration.ofNanos(System.nanoTime() - t0);
    }
}

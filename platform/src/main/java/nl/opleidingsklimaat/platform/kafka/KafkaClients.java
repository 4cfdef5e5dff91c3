package nl.opleidingsklimaat.platform.kafka;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.RangeAssignor;
import org.apache.kafka.clients.consumer.RoundRobinAssignor;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds plain Kafka clients from the {@code kafka.*} configuration (the {@code default-kafka-broker} map of
 * quarkus-kafka-client) and the service's broker account ({@link BrokerAccount}). Producers are idempotent with {@code acks=all}; consumers commit by hand.
 */
@ApplicationScoped
public class KafkaClients {
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> brokerConfig;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    @Inject
    BrokerAccount account;

    /** The {@code kafka.*} settings plus this service's SASL/SCRAM account when it has one: what every client needs. */
    public Map<String, Object> connection() {
        Map<String, Object> config = new HashMap<>(brokerConfig);
        account.username().ifPresent(username -> {
            config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, account.securityProtocol());
            config.put(SaslConfigs.SASL_MECHANISM, account.mechanism());
            config.put(
                    SaslConfigs.SASL_JAAS_CONFIG,
                    "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + escaped(username)
                            + "\" password=\"" + escaped(account.password().orElse("")) + "\";");
        });
        return config;
    }

    private static String escaped(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    public KafkaProducer<String, String> idempotentProducer(String purpose) {
        Map<String, Object> config = connection();
        config.put(
                ProducerConfig.CLIENT_ID_CONFIG,
                applicationName + "-" + purpose + "-" + ProcessHandle.current().pid());
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        // a stopped broker must fail a send within seconds, so the relay can back off instead of hanging
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        config.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 2);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    public KafkaConsumer<String, String> manualCommitConsumer(String groupId) {
        Map<String, Object> config = connection();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        config.put(
                ConsumerConfig.CLIENT_ID_CONFIG,
                groupId + "-" + ProcessHandle.current().pid());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.putIfAbsent(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200);
        // Spread all subscribed partitions over all members. Kafka's default (range, per topic) hands every topic's
        // partitions to the first members by id, and an instance's poll loops share an id prefix: one instance
        // would take them all. Range stays second, so members of an older release can still agree on one.
        config.putIfAbsent(
                ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG,
                List.of(RoundRobinAssignor.class.getName(), RangeAssignor.class.getName()));
        // A member that vanished (a killed instance, a consumer closed while the broker was away and so never said
        // goodbye) holds up the group's next rebalance until its session times out: 10 s instead of Kafka's 45 s.
        config.putIfAbsent(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000);
        config.putIfAbsent(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 3_000);
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    public String applicationName() {
        return applicationName;
    }
}

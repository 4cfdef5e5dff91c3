package nl.opleidingsklimaat.platform.kafka;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * The service's own account on an authenticated broker (SASL/SCRAM): {@code platform.kafka.username} and
 * {@code .password}, in production {@code PLATFORM_KAFKA_USERNAME} and {@code PLATFORM_KAFKA_PASSWORD}. The broker's ACLs
 * let that principal write only the service's own topic and dead-letter topic, and read only what it consumes. Without
 * a username the clients connect unauthenticated (the tests' in-process broker).
 */
@ConfigMapping(prefix = "platform.kafka")
public interface BrokerAccount {
    Optional<String> username();

    Optional<String> password();

    @WithDefault("SCRAM-SHA-256")
    String mechanism();

    /** {@code SASL_SSL} where the broker speaks TLS. */
    @WithDefault("SASL_PLAINTEXT")
    String securityProtocol();
}

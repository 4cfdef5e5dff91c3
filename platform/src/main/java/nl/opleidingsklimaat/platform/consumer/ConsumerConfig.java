package nl.opleidingsklimaat.platform.consumer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "platform.consumer")
public interface ConsumerConfig {
    @WithDefault("true")
    boolean enabled();

    /** Consumer group; defaults to the application name, so all instances of a service share the partitions. */
    Optional<String> groupId();

    /**
     * Poll loops in this instance, each a member of the consumer group with its own share of the partitions (as another
     * instance would be), so a burst on several partitions is applied in parallel. More loops than partitions leave
     * some idle.
     */
    @WithDefault("1")
    int threads();

    /** Attempts before an event whose handler keeps failing goes to the dead-letter topic. */
    @WithDefault("3")
    int maxAttempts();

    @WithDefault("200ms")
    Duration retryBackoff();

    /** Wait after an infrastructure failure (database or broker unavailable) before reading again. */
    @WithDefault("2s")
    Duration pauseOnOutage();
}

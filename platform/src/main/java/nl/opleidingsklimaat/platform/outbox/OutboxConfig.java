package nl.opleidingsklimaat.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "platform.outbox")
public interface OutboxConfig {
    /** Whether this instance runs a relay; every instance may, they share the rows safely. */
    @WithDefault("true")
    boolean relayEnabled();

    /** Rows published per transaction. */
    @WithDefault("200")
    int batchSize();

    /** How long the relay waits for new rows when nothing tells it about a commit (other instances' writes). */
    @WithDefault("500ms")
    Duration pollInterval();

    /** First wait after a failed publish; doubles up to {@link #maxBackoff()}. */
    @WithDefault("200ms")
    Duration initialBackoff();

    @WithDefault("10s")
    Duration maxBackoff();

    /** The CloudEvents source; by default {@code /<application name>}. Only for an app standing in for a topic's owner. */
    java.util.Optional<String> source();

    /** Published rows are deleted after this long. */
    @WithDefault("P7D")
    Duration retention();
}

package nl.opleidingsklimaat.platform.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "platform.idempotency")
public interface IdempotencyConfig {
    /** How long a key and its response are kept: a retry within this time replays the first response. */
    @WithDefault("PT24H")
    Duration retention();

    /**
     * How long a request still in progress holds its key: a retry meanwhile gets 409. A key whose request never
     * finished (the instance died) may be used again after this.
     */
    @WithDefault("PT2M")
    Duration lease();
}

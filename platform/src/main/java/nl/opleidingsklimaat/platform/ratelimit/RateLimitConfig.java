package nl.opleidingsklimaat.platform.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.Map;

/**
 * Requests per client under {@code /api}, as token buckets: a client may send {@code capacity} at once and then
 * {@code per-second} a second. The defaults are in the platform's configuration; a client (the token's principal, e.g.
 * {@code service-account-hospital-rdu}) may be given its own: {@code platform.rate-limit.clients."<principal>".*}.
 */
@ConfigMapping(prefix = "platform.rate-limit")
public interface RateLimitConfig {
    @WithDefault("true")
    boolean enabled();

    /** Every client with a token that has no limit of its own. */
    @WithName("default")
    Limit standard();

    /** Requests without a token (the personal answer links), per remote address. */
    Limit anonymous();

    Map<String, Limit> clients();

    interface Limit {
        int capacity();

        int perSecond();
    }
}

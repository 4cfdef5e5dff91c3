package nl.opleidingsklimaat.platform.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;

/**
 * The token buckets, one per client (Bucket4j), in this instance's memory; idle ones are dropped after ten minutes.
 * With n instances behind a balancer a client gets up to n times its limit: the limit protects an instance, it is not
 * a quota.
 */
@ApplicationScoped
public class RateLimits {
    private final Cache<String, Bucket> buckets =
            Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10)).build();

    @Inject
    RateLimitConfig config;

    /** Takes one request from a client's bucket: empty when it may go on, else how long it must wait. */
    Optional<Duration> take(String client, boolean anonymous) {
        if (!config.enabled()) {
            return Optional.empty();
        }
        ConsumptionProbe probe = buckets.get(
                        (anonymous ? "address:" : "principal:") + client,
                        key -> bucketFor(
                                anonymous
                                        ? config.anonymous()
                                        : config.clients().getOrDefault(client, config.standard())))
                .tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private static Bucket bucketFor(RateLimitConfig.Limit limit) {
        return Bucket.builder()
                .addLimit(bandwidth ->
                        bandwidth.capacity(limit.capacity()).refillGreedy(limit.perSecond(), Duration.ofSeconds(1)))
                .build();
    }
}

package nl.opleidingsklimaat.coaching.policy;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * The late-cancellation rule of the policy data file: a resident who cancels a session less than {@code hoursBefore}
 * hours before it starts is billed for it. The reference documents say nothing on this; see the service's README.
 */
public record LateCancellation(int hoursBefore, String text) {
    /** Whether a cancellation at {@code now} of a session starting at {@code startsAt} is late. */
    public boolean isLate(OffsetDateTime startsAt, OffsetDateTime now) {
        return now.isAfter(startsAt.minus(Duration.ofHours(hoursBefore)));
    }
}

package nl.opleidingsklimaat.coaching.cost;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.opleidingsklimaat.coaching.policy.Coachee;
import nl.opleidingsklimaat.coaching.policy.CoachingPolicy;

/**
 * The Challenge & Support cost split: the resident pays the own contribution once per track (never more than the
 * fees of the sessions held), the department pays the rest of the coach's fee for the sessions held.
 */
@ApplicationScoped
public class CostCalculator {
    @Inject
    CoachingPolicy policy;

    public CostSplit split(BigDecimal sessionFee, long sessionsBilled, Coachee coachee) {
        return split(sessionFee, sessionsBilled, policy.ownContributionPerTrack(coachee));
    }

    /** The split for a track whose coach charges {@code sessionFee} (none yet: 0), in cents, rounded half up. */
    public static CostSplit split(BigDecimal sessionFee, long sessionsHeld, BigDecimal ownContributionPerTrack) {
        BigDecimal fee = sessionFee == null ? BigDecimal.ZERO : sessionFee;
        BigDecimal total = fee.multiply(BigDecimal.valueOf(sessionsHeld)).setScale(2, RoundingMode.HALF_UP);
        BigDecimal own = total.min(ownContributionPerTrack).setScale(2, RoundingMode.HALF_UP);
        return new CostSplit(total, own, total.subtract(own));
    }
}

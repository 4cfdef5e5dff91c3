package nl.opleidingsklimaat.coaching.track;

import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record TrackCosts(
        UUID trackId,
        String programmeCode,
        long sessionsHeld,

        @Schema(
                description = "Sessions the resident cancelled less than 24 hours ahead (the policy's notice period):"
                        + " billed like a held session")
        long sessionsCancelledLate,

        BigDecimal sessionFee,
        BigDecimal totalFees,

        @Schema(
                description = "The resident's own contribution (eigen bijdrage), at most EUR 150 per track; a"
                        + " supervisor's track has the policy's supervisor contribution (EUR 0)")
        BigDecimal ownContribution,

        @Schema(
                description =
                        "The department's share: the rest of the coach's fee for the sessions held or cancelled late")
        BigDecimal departmentShare) {}

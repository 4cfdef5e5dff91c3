package nl.opleidingsklimaat.coaching.policy;

import java.math.BigDecimal;
import java.util.List;

public record PolicyData(
        BigDecimal ownContributionPerTrack,
        BigDecimal supervisorOwnContributionPerTrack,
        int minimumCountShown,
        List<Measure> trackEvaluation,
        LateCancellation lateCancellation,
        List<Condition> conditions,
        List<OfferType> offerTypes,
        IntervisionPolicy intervision) {}

package nl.opleidingsklimaat.coaching.policy;

import java.math.BigDecimal;
import java.util.List;

public record PolicyData(
        BigDecimal ownContributionPerTrack,
        int minimumCountShown,
        List<Condition> conditions,
        List<OfferType> offerTypes,
        IntervisionPolicy intervision) {}

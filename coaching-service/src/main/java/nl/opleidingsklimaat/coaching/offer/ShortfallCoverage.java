package nl.opleidingsklimaat.coaching.offer;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Residents whose only offers are of one type that falls short of the policy, and the conditions it misses. */
public record ShortfallCoverage(
        @Schema(example = "mentoring") String offerTypeCode,

        @Schema(example = "Mentoraat") String offerTypeName,

        @Schema(description = "Residents offered this type and no offer that meets the conditions", example = "3")
        long residents,

        @Schema(description = "The conditions the type does not meet, the preferred ones included")
        List<ConditionView> shortfalls) {}

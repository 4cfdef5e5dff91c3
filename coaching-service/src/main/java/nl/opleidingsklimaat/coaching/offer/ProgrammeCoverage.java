package nl.opleidingsklimaat.coaching.offer;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ProgrammeCoverage(
        String programmeCode,
        String programmeName,
        long residentsKnown,

        @Schema(
                description = "Residents with at least one offer that meets every required condition of the policy;"
                        + " an offer that falls short does not count")
        long residentsOffered,

        @Schema(
                description = "Residents offered personal development only in forms that fall short of a required"
                        + " condition: not counted in residentsOffered",
                example = "3")
        long residentsOfferedWithShortfallsOnly,

        @Schema(description = "Residents offered / residents known, in percent", example = "87.5")
        BigDecimal coveragePercent,

        @Schema(description = "Not every known resident has been offered personal development")
        boolean lagging,

        @Schema(description = "Offers recorded of a type that falls short of a required condition")
        long offersFallingShort,

        @Schema(
                description = "Why residentsOfferedWithShortfallsOnly are not covered: per offer type, the residents"
                        + " it was the only form for and the conditions it misses")
        List<ShortfallCoverage> fallingShort) {}

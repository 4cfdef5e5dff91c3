package nl.opleidingsklimaat.coaching.offer;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ProgrammeCoverage(
        String programmeCode,
        String programmeName,
        long residentsKnown,
        long residentsOffered,

        @Schema(description = "Residents offered / residents known, in percent", example = "87.5")
        BigDecimal coveragePercent,

        @Schema(description = "Not every known resident has been offered personal development")
        boolean lagging,

        @Schema(description = "Offers recorded of a type that falls short of a required condition")
        long offersFallingShort) {}

package nl.opleidingsklimaat.coaching.offer;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record InstitutionCoverage(
        String institutionCode,
        long residentsKnown,
        long residentsOffered,
        BigDecimal coveragePercent,

        @Schema(description = "Every programme, lagging ones first")
        List<ProgrammeCoverage> programmes,

        @Schema(description = "Codes of the programmes lagging behind")
        List<String> laggingProgrammes) {}

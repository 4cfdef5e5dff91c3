package nl.opleidingsklimaat.coaching.offer;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record InstitutionCoverage(
        String institutionCode,
        long residentsKnown,

        @Schema(description = "Residents with an offer that meets every required condition of the policy")
        long residentsOffered,

        @Schema(description = "Residents offered only forms that fall short of a required condition (not covered)")
        long residentsOfferedWithShortfallsOnly,

        BigDecimal coveragePercent,

        @Schema(description = "Every programme, lagging ones first")
        List<ProgrammeCoverage> programmes,

        @Schema(description = "Codes of the programmes lagging behind")
        List<String> laggingProgrammes) {}

package nl.opleidingsklimaat.coaching.cost;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstitutionCosts(
        String institutionCode,
        BigDecimal ownContributionPerTrack,

        @Schema(description = "Left out (see totalsNote) when it would reveal a department of 1 to 3 residents")
        BigDecimal totalFees,

        BigDecimal ownContributions,
        BigDecimal departmentShare,

        @Schema(
                description = "Why the totals are left out",
                example = "not shown: it would reveal a programme with fewer than 4")
        String totalsNote,

        @Schema(
                description = "Totals of the supervisors' tracks, kept apart from the residents' totals above; withheld"
                        + " (see note) under the same rule; left out when the institution has none")
        SupervisorCosts supervisorTotals,

        List<DepartmentCosts> departments) {}

package nl.opleidingsklimaat.coaching.cost;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import nl.opleidingsklimaat.coaching.statistics.SuppressedCount;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The costs of supervisors' tracks, kept apart from the residents': the same small-cells rule, on supervisors. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SupervisorCosts(
        @Schema(description = "Supervisors' tracks with a coach; from 1 to 3 supervisors only \"fewer than 4\"")
        SuppressedCount tracks,

        Long sessionsHeld,
        Long sessionsCancelledLate,

        @Schema(example = "750.00") BigDecimal totalFees,

        @Schema(description = "The supervisors' own contributions (the policy's supervisor contribution: EUR 0)")
        BigDecimal ownContributions,

        BigDecimal departmentShare,

        @Schema(description = "Why the figures are left out", example = "fewer than 4")
        String note) {}

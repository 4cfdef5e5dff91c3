package nl.opleidingsklimaat.coaching.cost;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import nl.opleidingsklimaat.coaching.statistics.SuppressedCount;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DepartmentCosts(
        String programmeCode,
        String programmeName,

        @Schema(
                description =
                        "Residents' tracks with a coach; from 1 to 3 residents only \"fewer than 4\", and then no residents' figure of the department is shown")
        SuppressedCount tracks,

        @Schema(description = "Left out when the department's tracks are of 1 to 3 residents")
        Long sessionsHeld,

        @Schema(
                description =
                        "Sessions cancelled late by the resident, billed like held ones; left out like sessionsHeld")
        Long sessionsCancelledLate,

        @Schema(example = "1500.00") BigDecimal totalFees,

        @Schema(description = "Own contributions of the residents (EUR 150 per track at most)", example = "300.00")
        BigDecimal ownContributions,

        @Schema(
                description =
                        "What the department pays: the rest of the coaches' fees for sessions held or cancelled late",
                example = "1200.00")
        BigDecimal departmentShare,

        @Schema(
                description = "Supervisors' tracks of the department, kept apart from the residents' figures above"
                        + " (which are the residents' only); left out when the department has none")
        SupervisorCosts supervisors) {}

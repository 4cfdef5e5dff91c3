package nl.opleidingsklimaat.quality.plan;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record Transition(
        @NotNull @Schema(example = "CHECK") PlanState to,

        @Size(max = 300)
        @Schema(
                description = "Required to enter CHECK: the next measurement the plan is checked against",
                example = "Opleidingsmonitor 2027")
        String nextMeasurement,

        @Size(max = 1000) @Schema(example = "Acties uitgevoerd, meting volgt in juni")
        String note) {}

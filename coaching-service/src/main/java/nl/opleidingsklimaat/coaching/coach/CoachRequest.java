package nl.opleidingsklimaat.coaching.coach;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CoachRequest(
        @NotBlank
        @Size(max = 100)
        @Schema(description = "The coach's person reference (the subject of their token)", example = "coach-jvd")
        String reference,

        @NotBlank @Size(max = 200) @Schema(example = "J. van Dam")
        String name,

        @Size(max = 4000) @Schema(example = "Loopbaan- en teamcoach, voormalig internist")
        String profile,

        @NotNull @Size(max = 20) List<@NotBlank @Size(max = 60) String> expertise,

        @NotNull @Schema(description = "Experience coaching residents (arts-assistenten)")
        Boolean experienceWithResidents,

        @NotNull @Schema(description = "Knows the medical world")
        Boolean medicalBackground,

        @NotNull
        @Size(max = 20)
        @Schema(
                description = "Institutions the coach works for; never matched to their residents",
                example = "[\"EMC\"]")
        List<@NotBlank @Size(max = 50) String> institutions,

        @NotNull @Min(1) @Max(50) @Schema(description = "Most tracks at once", example = "5")
        Integer capacity,

        @NotNull Boolean available,

        @NotNull
        @DecimalMin("0.00")
        @Digits(integer = 6, fraction = 2)
        @Schema(description = "Fee per session held, EUR", example = "125.00")
        BigDecimal sessionFee) {}

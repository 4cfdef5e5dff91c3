package nl.opleidingsklimaat.survey.campaign;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new campaign (state DRAFT). */
public record CampaignRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank String instrumentCode,

        @Schema(
                description = "The instrument version; when left out, the newest published version of the instrument",
                pattern = "\\S")
        String instrumentVersion,

        @NotBlank String regionCode,
        @NotNull LocalDate opensOn,
        @NotNull LocalDate closesOn,

        @Schema(description = "Reporting threshold; default 4, never below 4")
        @Min(value = 4, message = "must be at least 4")
        @Max(1000)
        Integer threshold,

        @Schema(description = "Dates on which residents who have not answered get a reminder; within the window")
        @Size(max = 10)
        List<@NotNull LocalDate> reminderDates) {}

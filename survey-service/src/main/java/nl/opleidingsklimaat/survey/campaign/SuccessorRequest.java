package nl.opleidingsklimaat.survey.campaign;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * This year's campaign made from last year's; every field is optional and defaults to last year's campaign: the same
 * instrument version, threshold and region, the window and reminder dates a year later, the name with the year moved.
 */
@Schema(name = "CampaignSuccessorRequest")
public record SuccessorRequest(
        @Schema(description = "Default: last year's name with its year replaced (or the new year added)")
        @Size(max = 200)
        String name,

        @Schema(
                description =
                        "A version of the same instrument, the same as last year's or later (its successor); default: last year's version")
        @Size(max = 20)
        String instrumentVersion,

        @Schema(description = "Default: last year's opening day a year later; give closesOn with it")
        LocalDate opensOn,

        @Schema(description = "Default: last year's closing day a year later; give opensOn with it")
        LocalDate closesOn,

        @Schema(description = "Reporting threshold; default last year's, never below 4")
        @Min(value = 4, message = "must be at least 4")
        @Max(1000)
        Integer threshold,

        @Schema(
                description =
                        "Default: last year's reminders at the same distance from the new opening day, those outside the new window left out")
        @Size(max = 10)
        List<@NotNull LocalDate> reminderDates) {

    /** No body: everything as last year, a year later. */
    public static final SuccessorRequest AS_LAST_YEAR = new SuccessorRequest(null, null, null, null, null, null);
}

package nl.opleidingsklimaat.survey.campaign;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A campaign as the API shows it. */
public record CampaignView(
        UUID id,
        String name,
        String instrumentCode,
        String instrumentVersion,
        String regionCode,
        LocalDate opensOn,
        LocalDate closesOn,
        int threshold,
        CampaignState state,
        List<LocalDate> reminderDates,

        @Schema(description = "The campaign this one succeeds (last year's); left out when it was not made from one")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        UUID previousCampaignId) {}

package nl.opleidingsklimaat.survey.campaign;

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

        @Schema(description = "The campaign this one succeeds (last year's), when it was made from it")
        UUID previousCampaignId) {}

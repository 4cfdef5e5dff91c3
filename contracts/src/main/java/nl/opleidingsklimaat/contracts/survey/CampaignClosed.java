package nl.opleidingsklimaat.contracts.survey;

import java.time.LocalDate;
import java.util.UUID;

/** A survey campaign closed; reports follow per programme. Subject {@code campaign/<id>}. */
public record CampaignClosed(
        UUID campaignId,
        String instrumentCode,
        String instrumentVersion,
        String regionCode,
        LocalDate opensOn,
        LocalDate closesOn,
        int threshold) {}

package nl.opleidingsklimaat.contracts.survey;

import java.time.LocalDate;
import java.util.UUID;

/** A survey campaign opened for answers. Subject {@code campaign/<id>}. */
public record CampaignOpened(
        UUID campaignId,
        String instrumentCode,
        String instrumentVersion,
        String regionCode,
        LocalDate opensOn,
        LocalDate closesOn,
        int threshold) {}

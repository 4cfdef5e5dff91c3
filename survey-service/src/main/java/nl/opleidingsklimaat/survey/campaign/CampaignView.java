package nl.opleidingsklimaat.survey.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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
        List<LocalDate> reminderDates) {}

package nl.opleidingsklimaat.contracts.quality;

import java.util.UUID;

/** An improvement plan (verbeterplan) was opened for a programme. Subject {@code programme/<code>}. */
public record ImprovementPlanOpened(
        UUID planId, String programmeCode, String cycle, UUID sourceCampaignId, String state) {}

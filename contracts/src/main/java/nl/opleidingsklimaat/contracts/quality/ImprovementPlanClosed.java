package nl.opleidingsklimaat.contracts.quality;

import java.util.UUID;

/** An improvement plan finished its PDCA cycle. Subject {@code programme/<code>}. */
public record ImprovementPlanClosed(
        UUID planId, String programmeCode, String cycle, UUID sourceCampaignId, String state) {}

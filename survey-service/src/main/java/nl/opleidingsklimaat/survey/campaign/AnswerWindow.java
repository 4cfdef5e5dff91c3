package nl.opleidingsklimaat.survey.campaign;

import java.time.LocalDate;
import java.util.UUID;

/** What an answer needs to know of its campaign, read under {@link CampaignLock}'s shared lock. */
public record AnswerWindow(UUID id, CampaignState state, UUID instrumentId, LocalDate closesOn) {}

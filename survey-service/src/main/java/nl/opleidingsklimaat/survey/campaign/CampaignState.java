package nl.opleidingsklimaat.survey.campaign;

/** DRAFT -> OPEN -> CLOSED -> REPORTED; never backwards. */
public enum CampaignState {
    DRAFT,
    OPEN,
    CLOSED,
    REPORTED;
}

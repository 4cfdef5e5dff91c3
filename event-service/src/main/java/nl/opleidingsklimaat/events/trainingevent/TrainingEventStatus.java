package nl.opleidingsklimaat.events.trainingevent;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Draft (only the organiser sees it) -> published (open for registration) -> held, or cancelled. */
public enum TrainingEventStatus {
    @JsonProperty("draft")
    DRAFT,
    @JsonProperty("published")
    PUBLISHED,
    @JsonProperty("cancelled")
    CANCELLED,
    @JsonProperty("held")
    HELD
}

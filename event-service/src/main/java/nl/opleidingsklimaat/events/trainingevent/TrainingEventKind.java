package nl.opleidingsklimaat.events.trainingevent;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What sort of professionalisation event it is (verdiepingsdag, symposium, workshop, ronde tafel, training). */
public enum TrainingEventKind {
    @JsonProperty("deepening-day")
    DEEPENING_DAY,
    @JsonProperty("symposium")
    SYMPOSIUM,
    @JsonProperty("workshop")
    WORKSHOP,
    @JsonProperty("round-table")
    ROUND_TABLE,
    @JsonProperty("training")
    TRAINING;

    public String code() {
        return name().toLowerCase().replace('_', '-');
    }
}

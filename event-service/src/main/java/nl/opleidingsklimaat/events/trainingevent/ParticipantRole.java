package nl.opleidingsklimaat.events.trainingevent;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The roles an event is meant for (its target roles) and in which a participant registers. */
public enum ParticipantRole {
    @JsonProperty("resident")
    RESIDENT,
    @JsonProperty("programme-director")
    PROGRAMME_DIRECTOR,
    @JsonProperty("supervisor")
    SUPERVISOR,
    @JsonProperty("coc")
    COC,
    @JsonProperty("board")
    BOARD,
    @JsonProperty("education-advisor")
    EDUCATION_ADVISOR,
    @JsonProperty("confidential-advisor")
    CONFIDENTIAL_ADVISOR;

    public String code() {
        return name().toLowerCase().replace('_', '-');
    }
}

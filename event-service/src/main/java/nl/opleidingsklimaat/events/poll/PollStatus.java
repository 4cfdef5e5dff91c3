package nl.opleidingsklimaat.events.poll;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Prepared, open for answers, or closed. */
public enum PollStatus {
    @JsonProperty("prepared")
    PREPARED,
    @JsonProperty("open")
    OPEN,
    @JsonProperty("closed")
    CLOSED
}

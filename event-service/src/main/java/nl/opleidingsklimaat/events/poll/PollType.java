package nl.opleidingsklimaat.events.poll;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Multiple choice (one of the options), a scale (a whole number between min and max) or a word cloud (a short word or phrase). */
public enum PollType {
    @JsonProperty("multiple-choice")
    MULTIPLE_CHOICE,
    @JsonProperty("scale")
    SCALE,
    @JsonProperty("word-cloud")
    WORD_CLOUD
}

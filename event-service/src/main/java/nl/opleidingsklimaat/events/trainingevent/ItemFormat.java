package nl.opleidingsklimaat.events.trainingevent;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The working form of a programme item. Breaks and intermezzi (short energisers, the closing drinks) are not
 * teaching time, so they earn no accreditation points.
 */
public enum ItemFormat {
    @JsonProperty("lecture")
    LECTURE(true),
    @JsonProperty("plenary")
    PLENARY(true),
    @JsonProperty("breakout")
    BREAKOUT(true),
    @JsonProperty("workshop-round")
    WORKSHOP_ROUND(true),
    @JsonProperty("poll")
    POLL(true),
    @JsonProperty("break")
    BREAK(false),
    @JsonProperty("intermezzo")
    INTERMEZZO(false);

    private final boolean teachingTime;

    ItemFormat(boolean teachingTime) {
        this.teachingTime = teachingTime;
    }

    public boolean isTeachingTime() {
        return teachingTime;
    }
}

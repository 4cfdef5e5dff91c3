package nl.opleidingsklimaat.events.trainingevent;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a participant takes part: in the room or online. A hybrid event offers both, each with its own places. */
public enum AttendanceMode {
    @JsonProperty("on-site")
    ON_SITE,
    @JsonProperty("online")
    ONLINE;

    public String code() {
        return this == ON_SITE ? "on-site" : "online";
    }
}

package nl.opleidingsklimaat.events.trainingevent;

import com.fasterxml.jackson.annotation.JsonProperty;

/** On site needs a location, online a link, hybrid both. */
public enum EventMode {
    @JsonProperty("on-site")
    ON_SITE,
    @JsonProperty("online")
    ONLINE,
    @JsonProperty("hybrid")
    HYBRID;

    boolean needsLocation() {
        return this != ONLINE;
    }

    boolean needsLink() {
        return this != ON_SITE;
    }
}

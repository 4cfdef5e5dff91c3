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

    /** Whether participants can take part this way. */
    public boolean offers(AttendanceMode attendance) {
        return this == HYBRID || (this == ON_SITE) == (attendance == AttendanceMode.ON_SITE);
    }

    /** What a registration that does not say gets: the event's one way, and for a hybrid event the room (as before). */
    public AttendanceMode defaultAttendance() {
        return this == ONLINE ? AttendanceMode.ONLINE : AttendanceMode.ON_SITE;
    }
}

package nl.opleidingsklimaat.events.registration;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Registered holds a seat; waitlisted waits in line; offered holds a seat for a promoted waiter until they confirm
 * or the offer lapses (expired); cancelled gave the seat back.
 */
public enum RegistrationStatus {
    @JsonProperty("registered")
    REGISTERED,
    @JsonProperty("waitlisted")
    WAITLISTED,
    @JsonProperty("offered")
    OFFERED,
    @JsonProperty("expired")
    EXPIRED,
    @JsonProperty("cancelled")
    CANCELLED;

    public static final List<RegistrationStatus> HOLDING_A_SEAT = List.of(REGISTERED, OFFERED);
    public static final List<RegistrationStatus> ACTIVE = List.of(REGISTERED, OFFERED, WAITLISTED);

    public String code() {
        return name().toLowerCase();
    }
}

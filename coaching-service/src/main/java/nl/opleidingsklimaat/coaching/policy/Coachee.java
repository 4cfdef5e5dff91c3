package nl.opleidingsklimaat.coaching.policy;

import nl.opleidingsklimaat.platform.security.Roles;

/**
 * Who is coached: a resident (aios) or a supervisor (opleider or member of the opleidingsgroep). Document 001 counts
 * "aios en supervisoren" in Challenge & Support; costs and counts keep the two apart.
 */
public enum Coachee {
    RESIDENT(Roles.RESIDENT),
    SUPERVISOR(Roles.SUPERVISOR);

    private final String role;

    Coachee(String role) {
        this.role = role;
    }

    /** The token role a person coached as this has. */
    public String role() {
        return role;
    }
}

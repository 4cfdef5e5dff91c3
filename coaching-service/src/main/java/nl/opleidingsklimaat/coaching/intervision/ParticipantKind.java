package nl.opleidingsklimaat.coaching.intervision;

import nl.opleidingsklimaat.platform.security.Roles;

/**
 * Residents (a(n)ios, at most 10 a group), students (coschap, at most 8 a group) or supervisors (opleiders and members
 * of the opleidingsgroep, at most 10: the documents give no number, the residents' is used).
 */
public enum ParticipantKind {
    RESIDENTS,
    STUDENTS,
    SUPERVISORS;

    /** The token role of a member of such a group. */
    public String memberRole() {
        return this == SUPERVISORS ? Roles.SUPERVISOR : Roles.RESIDENT;
    }
}

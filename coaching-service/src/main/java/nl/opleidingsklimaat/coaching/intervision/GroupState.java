package nl.opleidingsklimaat.coaching.intervision;

/** Forming (members are added), active (formed, meeting), closed (members free for another group). */
public enum GroupState {
    FORMING,
    ACTIVE,
    CLOSED
}

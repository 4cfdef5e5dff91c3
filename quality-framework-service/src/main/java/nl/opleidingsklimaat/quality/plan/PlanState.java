package nl.opleidingsklimaat.quality.plan;

/** The PDCA cycle of an improvement plan; a plan only moves forward, one step at a time. */
public enum PlanState {
    PLAN,
    DO,
    CHECK,
    ACT,
    CLOSED;

    public PlanState next() {
        return this == CLOSED ? null : values()[ordinal() + 1];
    }
}

package nl.opleidingsklimaat.platform.security;

/** The roles a caller's token carries in its {@code groups} claim. */
public final class Roles {
    public static final String RESIDENT = "resident";
    public static final String PROGRAMME_DIRECTOR = "programme-director";
    public static final String SUPERVISOR = "supervisor";
    public static final String COC = "coc";
    public static final String BOARD = "board";
    public static final String REGION_COORDINATOR = "region-coordinator";
    public static final String EDUCATION_ADVISOR = "education-advisor";
    public static final String COACH = "coach";
    /**
     * Other hospital systems calling with a machine token: they act within the scope claims the token carries
     * ({@code programmes}, {@code institutions}, {@code region}) and see nothing without one.
     */
    public static final String SYSTEM = "system";
    /**
     * Keeps the platform's national reference data (the Kwaliteitskader, instruments, specialties, regions): writes and
     * reads that data only, never a figure about people nor anyone's identity.
     */
    public static final String REFERENCE_DATA = "reference-data";
    /**
     * The accreditation body (e.g. the specialists' accreditation office): sets the points a training event is
     * accredited for, with its reason; it reads what everyone signed in reads, no people and no figures about them.
     */
    public static final String ACCREDITATION_BODY = "accreditation-body";

    public static final java.util.List<String> ALL = java.util.List.of(
            RESIDENT,
            PROGRAMME_DIRECTOR,
            SUPERVISOR,
            COC,
            BOARD,
            REGION_COORDINATOR,
            EDUCATION_ADVISOR,
            COACH,
            SYSTEM,
            REFERENCE_DATA,
            ACCREDITATION_BODY);

    private Roles() {}
}

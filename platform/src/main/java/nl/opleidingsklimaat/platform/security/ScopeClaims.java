package nl.opleidingsklimaat.platform.security;

/** Token claims that limit what a caller may see. */
public final class ScopeClaims {
    /** Array of programme codes (programme directors, supervisors, residents). */
    public static final String PROGRAMMES = "programmes";
    /** Array of institution codes (COC members, board members). */
    public static final String INSTITUTIONS = "institutions";
    /** One region code (region coordinators, education advisors). */
    public static final String REGION = "region";

    private ScopeClaims() {}
}

package nl.opleidingsklimaat.platform.conditional;

/** The names of conditional requests (RFC 9110 section 13), for resources and the OpenAPI filter. */
public final class Conditional {
    private Conditional() {}

    /**
     * The OpenAPI extension with which a changing operation says it honours {@code If-Match}:
     * {@code @Extension(name = Conditional.IF_MATCH, value = Conditional.REQUIRED)} (428 without it) or
     * {@link #OPTIONAL}; the OpenAPI filter documents the header and the 412/428 responses from it.
     */
    public static final String IF_MATCH = "x-if-match";

    public static final String REQUIRED = "required";
    public static final String OPTIONAL = "optional";
}

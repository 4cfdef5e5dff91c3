package nl.opleidingsklimaat.platform.idempotency;

/** The names of the Idempotency-Key mechanism, for resources and the OpenAPI filter. */
public final class Idempotency {
    private Idempotency() {}

    /** The request header (IETF httpapi draft "The Idempotency-Key HTTP Header Field"). */
    public static final String KEY_HEADER = "Idempotency-Key";

    /** Set to {@code true} on a response that repeats the first response to the same key. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    /**
     * The OpenAPI extension that takes an operation out of the mechanism:
     * {@code @Extension(name = Idempotency.EXTENSION, value = Idempotency.NONE)}. For requests carrying sealed answers
     * (evaluations, polls, questionnaires), which must leave no row that ties a person to a fingerprint of what they
     * answered; those are idempotent by their own rule (one answer per person).
     */
    public static final String EXTENSION = "x-idempotency-key";

    public static final String NONE = "none";
}

package nl.opleidingsklimaat.platform.problem;

import java.net.URI;

/** The problem types the platform uses; the slug becomes the {@code type} URI. */
public enum ProblemType {
    BAD_REQUEST(400, "bad-request", "Bad request"),
    VALIDATION(400, "validation", "Invalid request"),
    UNAUTHORIZED(401, "unauthorized", "Authentication required"),
    FORBIDDEN(403, "forbidden", "Not allowed"),
    NOT_FOUND(404, "not-found", "Not found"),
    CONFLICT(409, "conflict", "Conflict"),
    GONE(410, "gone", "Gone"),
    /** The resource changed since the caller read it ({@code If-Match} no longer matches). */
    PRECONDITION_FAILED(412, "precondition-failed", "Changed since you read it"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Request too large"),
    URI_TOO_LONG(414, "uri-too-long", "Address too long"),
    UNPROCESSABLE(422, "unprocessable", "Request cannot be processed"),
    /** This change needs {@code If-Match} with the ETag the caller read. */
    PRECONDITION_REQUIRED(428, "precondition-required", "If-Match required"),
    /** The client sent more requests than its limit allows; {@code Retry-After} says when to go on. */
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests"),
    INTERNAL(500, "internal", "Internal error"),
    /** Busy for now (a full queue, a shutdown): the response says when to try again ({@code Retry-After}). */
    UNAVAILABLE(503, "unavailable", "Service busy");

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI uri() {
        return URI.create(Problem.TYPE_BASE + slug);
    }

    static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != VALIDATION) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}

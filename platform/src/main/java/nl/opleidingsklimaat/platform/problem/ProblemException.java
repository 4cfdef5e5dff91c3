package nl.opleidingsklimaat.platform.problem;

import java.util.List;

/**
 * Thrown by services for any outcome the caller must be told about; mapped to problem+json with the type's status.
 * Use the factories: {@code throw ProblemException.notFound("Programme %s not found", code)}.
 */
public class ProblemException extends RuntimeException {
    private final ProblemType type;
    private final List<Problem.Violation> violations;

    public ProblemException(ProblemType type, String detail, List<Problem.Violation> violations) {
        super(detail);
        this.type = type;
        this.violations = List.copyOf(violations);
    }

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }

    public static ProblemException badRequest(String format, Object... args) {
        return new ProblemException(ProblemType.BAD_REQUEST, format.formatted(args));
    }

    public static ProblemException invalid(List<Problem.Violation> violations) {
        return new ProblemException(ProblemType.VALIDATION, describe(violations), violations);
    }

    public static ProblemException invalidField(String field, String message) {
        return invalid(List.of(new Problem.Violation(field, message)));
    }

    public static ProblemException notFound(String format, Object... args) {
        return new ProblemException(ProblemType.NOT_FOUND, format.formatted(args));
    }

    public static ProblemException forbidden(String format, Object... args) {
        return new ProblemException(ProblemType.FORBIDDEN, format.formatted(args));
    }

    public static ProblemException conflict(String format, Object... args) {
        return new ProblemException(ProblemType.CONFLICT, format.formatted(args));
    }

    public static ProblemException gone(String format, Object... args) {
        return new ProblemException(ProblemType.GONE, format.formatted(args));
    }

    /** 503 with {@code Retry-After}: nothing was done, and the same request may simply be sent again a little later. */
    public static ProblemException unavailable(String format, Object... args) {
        return new ProblemException(ProblemType.UNAVAILABLE, format.formatted(args));
    }

    public static ProblemException unprocessable(String format, Object... args) {
        return new ProblemException(ProblemType.UNPROCESSABLE, format.formatted(args));
    }

    static String describe(List<Problem.Violation> violations) {
        return violations.size() == 1
                ? violations.get(0).field() + ": " + violations.get(0).message()
                : violations.size() + " fields are invalid";
    }
}

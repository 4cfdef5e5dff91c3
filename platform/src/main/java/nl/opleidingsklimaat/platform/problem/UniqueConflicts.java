package nl.opleidingsklimaat.platform.problem;

import java.sql.SQLException;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Recognises a unique constraint the database enforced: a service checks first and answers with a clear message, and
 * the constraint catches the race in which two requests (or two instances) passed that check at once. The platform's
 * exception mapping turns such a failure into a 409 problem instead of a 500, wherever it surfaces (at a flush or at
 * the commit); code that must decide on the constraint's name (the registration desk) asks here.
 */
public final class UniqueConflicts {
    /** PostgreSQL's SQLSTATE for unique_violation. */
    static final String UNIQUE_VIOLATION = "23505";

    private UniqueConflicts() {}

    /** The name of the unique constraint the failure ran into ("" when the driver did not say), or empty. */
    public static Optional<String> violatedConstraint(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && UNIQUE_VIOLATION.equals(violation.getSQLState())) {
                return Optional.of(violation.getConstraintName() == null ? "" : violation.getConstraintName());
            }
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return Optional.of("");
            }
        }
        return Optional.empty();
    }
}

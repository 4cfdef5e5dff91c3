package nl.opleidingsklimaat.coaching.conflict;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.PersistenceException;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Persists a row a unique constraint guards. The service checks first and answers with a clear message; this covers
 * the race in which two requests pass the check at once, so the loser gets a 409 instead of a 500.
 */
public final class UniqueRows {
    private UniqueRows() {}

    public static void persist(PanacheEntityBase entity, String conflictDetail) {
        try {
            entity.persistAndFlush();
        } catch (PersistenceException e) {
            if (e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException) {
                throw ProblemException.conflict(conflictDetail);
            }
            throw e;
        }
    }
}

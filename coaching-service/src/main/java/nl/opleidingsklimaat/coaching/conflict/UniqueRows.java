package nl.opleidingsklimaat.coaching.conflict;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.PersistenceException;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.platform.problem.UniqueConflicts;

/**
 * Persists a row a unique constraint guards. The service checks first and answers with a clear message; this covers
 * the race in which two requests pass the check at once, so the loser gets a 409 with the service's own words (the
 * platform would answer a generic 409).
 */
public final class UniqueRows {
    private UniqueRows() {}

    public static void persist(PanacheEntityBase entity, String conflictDetail) {
        try {
            entity.persistAndFlush();
        } catch (PersistenceException e) {
            if (UniqueConflicts.violatedConstraint(e).isPresent()) {
                throw ProblemException.conflict(conflictDetail);
            }
            throw e;
        }
    }
}

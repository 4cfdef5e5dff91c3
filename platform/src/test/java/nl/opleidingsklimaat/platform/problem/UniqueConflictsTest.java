package nl.opleidingsklimaat.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

class UniqueConflictsTest {
    @Test
    void aUniqueViolationIsRecognisedWhereverItIsWrapped() {
        ConstraintViolationException atFlush = new ConstraintViolationException(
                "duplicate key",
                new SQLException("duplicate key value", "23505"),
                "registration_one_active_per_person");
        RuntimeException atCommit = new RuntimeException("commit failed", new PersistenceException(atFlush));

        assertThat(UniqueConflicts.violatedConstraint(atFlush)).contains("registration_one_active_per_person");
        assertThat(UniqueConflicts.violatedConstraint(atCommit)).contains("registration_one_active_per_person");
        assertThat(UniqueConflicts.violatedConstraint(new SQLException("duplicate", "23505")))
                .contains("");
    }

    @Test
    void otherConstraintsAndFailuresAreNotConflicts() {
        ConstraintViolationException foreignKey = new ConstraintViolationException(
                "fk", new SQLException("violates foreign key", "23503"), "response_campaign_id_fkey");
        assertThat(UniqueConflicts.violatedConstraint(foreignKey)).isEmpty();
        assertThat(UniqueConflicts.violatedConstraint(new IllegalStateException("boom")))
                .isEmpty();
    }
}

package nl.opleidingsklimaat.quality.digest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** One digest per institution and week: the first instance to insert the week's row sends it. */
@ApplicationScoped
public class DigestClaims {
    @Inject
    EntityManager entityManager;

    /** Whether this call claimed the institution's week (committed before any mail goes out). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String institution, String week) {
        return entityManager
                        .createNativeQuery("INSERT INTO digest_run (institution_code, week, claimed_at)"
                                + " VALUES (?1, ?2, now()) ON CONFLICT DO NOTHING")
                        .setParameter(1, institution)
                        .setParameter(2, week)
                        .executeUpdate()
                > 0;
    }
}

package nl.opleidingsklimaat.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.platform.security.CallerScope;

/**
 * The switches of a service's own kinds of mail, per institution. A service calls {@link #enabled} before it sends a
 * mail of a kind; coordinators read and set the switches through {@link MailSwitchResource}. A kind the institution
 * never switched follows the kind's default.
 */
@ApplicationScoped
public class MailSwitches {
    @Inject
    @Any
    Instance<MailKind> declared;

    @Inject
    EntityManager entityManager;

    @Inject
    MailSwitchAccess access;

    @Inject
    CallerScope caller;

    /** Whether mail of this kind goes out for the institution; the kind must be one the service declared. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean enabled(String institutionCode, String kindCode) {
        MailKind kind = kind(kindCode)
                .orElseThrow(() -> new IllegalArgumentException("Mail kind " + kindCode + " is not declared"));
        return stored(institutionCode, kind.code()).map(Row::enabled).orElse(kind.enabledByDefault());
    }

    /** The service's kinds (declared), their state for the institution: the caller must manage it, else 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MailSwitchView> of(String institutionCode) {
        access.requireManageable(institutionCode);
        return kinds().stream().map(k -> view(institutionCode, k)).toList();
    }

    /** Sets one switch; 404 for a kind this service does not send or an institution out of the caller's scope. */
    @Transactional
    public MailSwitchView set(String institutionCode, String kindCode, boolean enabled) {
        access.requireManageable(institutionCode);
        MailKind kind = kind(kindCode)
                .orElseThrow(() -> ProblemException.notFound("This service sends no mail of kind %s", kindCode));
        entityManager
                .createNativeQuery("""
                INSERT INTO mail_switch (institution_code, kind, enabled, changed_at, changed_by)
                VALUES (?1, ?2, ?3, ?4, ?5)
                ON CONFLICT (institution_code, kind)
                DO UPDATE SET enabled = EXCLUDED.enabled, changed_at = EXCLUDED.changed_at, changed_by = EXCLUDED.changed_by""")
                .setParameter(1, institutionCode)
                .setParameter(2, kind.code())
                .setParameter(3, enabled)
                .setParameter(4, OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter(5, caller.personReference().orElse("unknown"))
                .executeUpdate();
        return view(institutionCode, kind);
    }

    /** The kinds this service declared, by code. */
    public List<MailKind> kinds() {
        return declared.stream().sorted(Comparator.comparing(MailKind::code)).toList();
    }

    private Optional<MailKind> kind(String code) {
        return kinds().stream().filter(k -> k.code().equals(code)).findFirst();
    }

    private MailSwitchView view(String institutionCode, MailKind kind) {
        return stored(institutionCode, kind.code())
                .map(row -> new MailSwitchView(
                        institutionCode,
                        kind.code(),
                        kind.description(),
                        row.enabled(),
                        false,
                        row.changedAt(),
                        row.changedBy()))
                .orElseGet(() -> new MailSwitchView(
                        institutionCode, kind.code(), kind.description(), kind.enabledByDefault(), true, null, null));
    }

    private Optional<Row> stored(String institutionCode, String kind) {
        List<?> rows = entityManager
                .createNativeQuery("SELECT enabled, changed_at, changed_by FROM mail_switch"
                        + " WHERE institution_code = ?1 AND kind = ?2")
                .setParameter(1, institutionCode)
                .setParameter(2, kind)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new Row((Boolean) row[0], toOffset(row[1]), (String) row[2]));
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }

    private record Row(boolean enabled, OffsetDateTime changedAt, String changedBy) {}
}

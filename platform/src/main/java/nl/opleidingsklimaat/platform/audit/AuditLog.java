package nl.opleidingsklimaat.platform.audit;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.stream.Collectors;
import nl.opleidingsklimaat.platform.problem.CorrelationId;
import nl.opleidingsklimaat.platform.security.CallerScope;
import nl.opleidingsklimaat.platform.security.Roles;

/**
 * Writes who read or changed what. Call it for every read of a report or of personal data by someone who does not
 * own it (DESIGN.md, security and privacy). Joins the caller's transaction, or runs in its own.
 */
@ApplicationScoped
public class AuditLog {
    private static final String INSERT = """
            INSERT INTO audit_entry (actor, actor_roles, action, resource_type, resource_id, correlation_id, request_id)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    CallerScope caller;

    @Inject
    CorrelationId correlationId;

    @Transactional(Transactional.TxType.REQUIRED)
    public void record(String action, String resourceType, String resourceId) {
        String roles = Roles.ALL.stream().filter(caller::hasRole).collect(Collectors.joining(","));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, caller.personReference().orElse("anonymous"));
            insert.setString(2, roles);
            insert.setString(3, action);
            insert.setString(4, resourceType);
            insert.setString(5, resourceId);
            insert.setString(6, correlationId.value());
            insert.setString(7, correlationId.requestId());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the audit log", e);
        }
    }
}

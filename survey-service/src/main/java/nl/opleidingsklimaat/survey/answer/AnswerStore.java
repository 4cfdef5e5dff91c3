package nl.opleidingsklimaat.survey.answer;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The statements of a submit, in plain JDBC on the request's transaction (the hot path of the campaign: find the
 * invitation, mark it used; the campaign is share-locked by {@link nl.opleidingsklimaat.survey.campaign.CampaignLock}, the answers go into a sealed ballot, see
 * {@link ResponseBallots}). No entities to load, track and flush.
 */
@ApplicationScoped
public class AnswerStore {
    record LinkedInvitation(UUID id, UUID campaignId, String programmeCode, boolean used) {}

    @Inject
    AgroalDataSource dataSource;

    /** Whether the link's invitation was used by the submission with this hash. */
    boolean usedBy(String tokenHash, String submissionHash) {
        return query("""
                        SELECT i.submission_hash = ? FROM invitation_token t JOIN invitation i ON i.id = t.invitation_id
                        WHERE t.token_hash = ? AND i.used""", List.of(submissionHash, tokenHash), rows -> rows.getBoolean(1))
                .orElse(false);
    }

    Optional<LinkedInvitation> invitation(String tokenHash) {
        return query(
                """
                SELECT i.id, i.campaign_id, i.programme_code, i.used FROM invitation_token t JOIN invitation i ON i.id = t.invitation_id
                WHERE t.token_hash = ?""",
                tokenHash,
                rows -> new LinkedInvitation(
                        rows.getObject(1, UUID.class),
                        rows.getObject(2, UUID.class),
                        rows.getString(3),
                        rows.getBoolean(4)));
    }

    /** Marks the invitation used; false when another submit got there first. */
    /**
     * Marks the invitation used, remembering the hash of the page's submission id (none for the API) so that the same
     * form posted again (a double click) is known as already stored; exactly one of concurrent submits wins.
     */
    boolean markUsed(UUID invitationId, String submissionHash) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE invitation SET used = true, submission_hash = ? WHERE id = ? AND used = false")) {
            update.setString(1, submissionHash);
            update.setObject(2, invitationId);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Row<T> {
        T map(ResultSet rows) throws SQLException;
    }

    private <T> Optional<T> query(String sql, Object parameter, Row<T> row) {
        return query(sql, List.of(parameter), row);
    }

    private <T> Optional<T> query(String sql, List<Object> parameters, Row<T> row) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(row.map(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

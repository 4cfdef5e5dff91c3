package nl.opleidingsklimaat.survey.answer;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
    boolean markUsed(UUID invitationId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE invitation SET used = true WHERE id = ? AND used = false")) {
            update.setObject(1, invitationId);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Row<T> {
        T map(ResultSet rows) throws SQLException;
    }

    private <T> Optional<T> query(String sql, Object parameter, Row<T> row) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(row.map(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

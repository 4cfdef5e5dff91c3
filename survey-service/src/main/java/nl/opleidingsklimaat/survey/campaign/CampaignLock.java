package nl.opleidingsklimaat.survey.campaign;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The one way the campaign row is locked, on the caller's transaction. Changes (opening, closing, reporting, the
 * roster) take it exclusively; an answer takes it shared, so many answers go on side by side while closing waits for
 * those in flight and an answer never lands in a campaign that has just closed. Plain SQL: Hibernate's follow-on
 * locking of the eager reminder collection is not reliable, and the answer path loads no entity at all.
 */
@ApplicationScoped
public class CampaignLock {
    private static final String LOCK = "SELECT id, state, instrument_id, closes_on FROM campaign WHERE id = ? FOR ";

    @Inject
    AgroalDataSource dataSource;

    /** Locks the campaign for a change and loads it fresh; empty when there is no such campaign. */
    public Optional<Campaign> forChange(UUID id) {
        return lock(id, "UPDATE").map(window -> {
            Campaign campaign = Campaign.findById(id);
            Campaign.getEntityManager().refresh(campaign);
            return campaign;
        });
    }

    /** Share-locks the campaign for an answer; empty when there is no such campaign. */
    public Optional<AnswerWindow> forAnswer(UUID id) {
        return lock(id, "SHARE");
    }

    private Optional<AnswerWindow> lock(UUID id, String mode) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(LOCK + mode)) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next()
                        ? Optional.of(new AnswerWindow(
                                row.getObject(1, UUID.class),
                                CampaignState.valueOf(row.getString(2)),
                                row.getObject(3, UUID.class),
                                row.getObject(4, LocalDate.class)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not lock campaign " + id, e);
        }
    }
}

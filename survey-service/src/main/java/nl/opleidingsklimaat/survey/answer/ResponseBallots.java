package nl.opleidingsklimaat.survey.answer;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opleidingsklimaat.platform.ballot.SealedBallotBox;
import nl.opleidingsklimaat.survey.answer.AnswerRequest.Answer;
import nl.opleidingsklimaat.survey.answer.SealedResponse.SealedAnswer;
import nl.opleidingsklimaat.survey.instrument.InstrumentItem;

/**
 * A campaign's answers as sealed ballots (box {@code campaign/<id>}). While the campaign is open a submit marks the
 * invitation used and seals the answers in one transaction: the invitation row and the ballot share a transaction id,
 * but the ballot is ciphertext under a key that is not in the database. At closing every ballot is opened at once
 * and stored as clear responses in that one transaction, in random order, so the rows have nothing (no id, xmin or
 * physical position) that follows who answered when.
 */
@ApplicationScoped
public class ResponseBallots {
    /** Ballots opened (and responses inserted as one JDBC batch) at a time when a campaign closes. */
    private static final int BATCH = 1000;

    @Inject
    SealedBallotBox box;

    @Inject
    AgroalDataSource dataSource;

    static String box(UUID campaignId) {
        return "campaign/" + campaignId;
    }

    /** Seals one response in the submit's transaction (one insert). */
    void seal(UUID campaignId, String programmeCode, Map<InstrumentItem, Answer> answers) {
        List<SealedAnswer> sealed = new ArrayList<>(answers.size());
        answers.forEach((item, answer) -> sealed.add(new SealedAnswer(
                item.id, answer.isNotApplicable() ? null : answer.value(), answer.isNotApplicable(), answer.text())));
        box.seal(box(campaignId), new SealedResponse(programmeCode, sealed));
    }

    /**
     * Opens every ballot of the campaign and stores them as responses, in the caller's (closing) transaction and in
     * the random order the box hands them out; returns how many responses were stored.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int openIntoResponses(UUID campaignId) {
        // in batches: a national campaign's ballots need not fit in the service's heap at once
        return box.openAllInBatches(
                box(campaignId), SealedResponse.class, BATCH, responses -> store(campaignId, responses));
    }

    private void store(UUID campaignId, List<SealedResponse> responses) {
        List<UUID> ids = responses.stream().map(r -> UUID.randomUUID()).toList();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO response (id, campaign_id, programme_code) VALUES (?, ?, ?)")) {
                for (int i = 0; i < responses.size(); i++) {
                    insert.setObject(1, ids.get(i));
                    insert.setObject(2, campaignId);
                    insert.setString(3, responses.get(i).programme());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO response_answer (response_id, item_id, numeric_value, not_applicable, text_value) VALUES (?, ?, ?, ?, ?)""")) {
                for (int i = 0; i < responses.size(); i++) {
                    for (SealedAnswer answer : responses.get(i).answers()) {
                        insert.setObject(1, ids.get(i));
                        insert.setObject(2, answer.item());
                        if (answer.value() == null) {
                            insert.setNull(3, Types.INTEGER);
                        } else {
                            insert.setInt(3, answer.value());
                        }
                        insert.setBoolean(4, answer.notApplicable());
                        insert.setString(5, answer.text());
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the opened ballots of campaign " + campaignId, e);
        }
    }
}

package nl.opleidingsklimaat.quality.plan;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/** One change to a plan or its actions: who, when, what, and the state move if any. */
@Entity
@Table(name = "plan_history")
public class PlanHistory extends PanacheEntityBase {
    private static final String INSERT = """
            INSERT INTO plan_history (plan_id, at, actor, change, from_state, to_state) VALUES (?, ?, ?, ?, ?, ?)""";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public UUID planId;

    public OffsetDateTime at;

    public String actor;

    public String change;

    @Enumerated(EnumType.STRING)
    public PlanState fromState;

    @Enumerated(EnumType.STRING)
    public PlanState toState;

    static void record(UUID planId, String actor, String change, PlanState from, PlanState to) {
        entry(planId, actor, change, from, to).persist();
    }

    static PlanHistory entry(UUID planId, String actor, String change, PlanState from, PlanState to) {
        PlanHistory entry = new PlanHistory();
        entry.planId = planId;
        entry.at = OffsetDateTime.now();
        entry.actor = actor;
        entry.change = change.length() > 2000 ? change.substring(0, 2000) : change;
        entry.fromState = from;
        entry.toState = to;
        return entry;
    }

    /**
     * Stores the entries, in order, with one JDBC batch after flushing the session (they refer to its plans). Hibernate
     * inserts an entity with an identity id at once, flushing everything queued before it: a round trip per entry and
     * no batches for a burst of new plans.
     */
    static void recordAll(List<PlanHistory> entries) {
        Session session = Panache.getEntityManager().unwrap(Session.class);
        session.flush();
        session.doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (PlanHistory entry : entries) {
                    insert.setObject(1, entry.planId);
                    insert.setObject(2, entry.at);
                    insert.setString(3, entry.actor);
                    insert.setString(4, entry.change);
                    insert.setString(5, entry.fromState == null ? null : entry.fromState.name());
                    insert.setString(6, entry.toState == null ? null : entry.toState.name());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }
}

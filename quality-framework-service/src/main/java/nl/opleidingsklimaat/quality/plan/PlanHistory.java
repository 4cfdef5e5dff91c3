package nl.opleidingsklimaat.quality.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One change to a plan or its actions: who, when, what, and the state move if any. Ids come from a sequence handed
 * out 50 at a time, so a burst of new plans (a national close) goes to PostgreSQL in JDBC batches; an identity id would
 * cost a round trip per entry. Ids therefore follow time only within one instance: the history is read in order of
 * {@code at}, the id breaking ties inside one transaction.
 */
@Entity
@Table(name = "plan_history")
public class PlanHistory extends PanacheEntityBase {
    static final String IN_ORDER = "at, id";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_history_ids")
    @SequenceGenerator(name = "plan_history_ids", sequenceName = "plan_history_id_seq", allocationSize = 50)
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
}

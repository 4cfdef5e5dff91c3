package nl.opleidingsklimaat.quality.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One change to a plan or its actions: who, when, what, and the state move if any. */
@Entity
@Table(name = "plan_history")
public class PlanHistory extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "plan_id")
    public UUID planId;

    public OffsetDateTime at;

    public String actor;

    public String change;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    public PlanState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    public PlanState toState;

    static void record(UUID planId, String actor, String change, PlanState from, PlanState to) {
        PlanHistory entry = new PlanHistory();
        entry.planId = planId;
        entry.at = OffsetDateTime.now();
        entry.actor = actor;
        entry.change = change.length() > 2000 ? change.substring(0, 2000) : change;
        entry.fromState = from;
        entry.toState = to;
        entry.persist();
    }
}

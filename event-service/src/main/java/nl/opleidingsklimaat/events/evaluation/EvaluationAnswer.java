package nl.opleidingsklimaat.events.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** One attendee's evaluation of an event, stored without any link to who gave it. */
@Entity
@Table(name = "evaluation_answer")
public class EvaluationAnswer extends PanacheEntityBase {
    @Id
    public UUID id;

    public UUID eventId;

    public int overall;
    public int relevance;
    public String takeHome;
}

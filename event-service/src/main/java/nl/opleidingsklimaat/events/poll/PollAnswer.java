package nl.opleidingsklimaat.events.poll;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** One anonymous answer: no person, no time, no link to who answered. */
@Entity
@Table(name = "poll_answer")
public class PollAnswer extends PanacheEntityBase {
    @Id
    public UUID id;

    public UUID pollId;

    public String answer;
}

package nl.opleidingsklimaat.events.workshop;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The workshop a participant was placed in for one round, and which of their choices it was (null: placed without a choice). */
@Entity
@Table(name = "workshop_allocation")
public class WorkshopAllocation extends PanacheEntityBase {
    @EmbeddedId
    public WorkshopChoiceKey key;

    public String workshopCode;
    public Integer choiceRank;
}

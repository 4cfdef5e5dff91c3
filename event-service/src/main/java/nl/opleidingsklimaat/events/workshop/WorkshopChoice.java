package nl.opleidingsklimaat.events.workshop;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A participant's ranked workshop codes for one round (first = most wanted). */
@Entity
@Table(name = "workshop_choice")
public class WorkshopChoice extends PanacheEntityBase {
    @EmbeddedId
    public WorkshopChoiceKey key;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> rankedCodes = new ArrayList<>();
}

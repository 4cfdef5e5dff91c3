package nl.opleidingsklimaat.events.workshop;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A round of parallel workshops within an event's programme. */
@Entity
@Table(name = "workshop_round")
public class WorkshopRound extends PanacheEntityBase {
    @Id
    public UUID id;

    public UUID eventId;

    public int position;
    public String title;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Workshop> workshops = new ArrayList<>();

    public Optional<Workshop> workshop(String code) {
        return workshops.stream().filter(w -> w.code().equals(code)).findFirst();
    }

    public static List<WorkshopRound> ofEvent(UUID eventId) {
        return list("eventId = ?1 order by position", eventId);
    }
}

package nl.opleidingsklimaat.events.workshop;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A participant's ranked workshop codes for one round (first = most wanted). */
@Entity
@Table(name = "workshop_choice")
public class WorkshopChoice extends PanacheEntityBase {
    @EmbeddedId
    public Key key;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "ranked_codes")
    public List<String> rankedCodes = new ArrayList<>();

    @Embeddable
    public record Key(
            @Column(name = "registration_id") UUID registrationId,
            @Column(name = "round_id") UUID roundId) implements Serializable {}
}

package nl.opleidingsklimaat.quality.coaching;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A coaching track known only by id, programme and state, for uptake counts. */
@Entity
@Table(name = "coaching_track")
public class CoachingTrack extends PanacheEntityBase {
    public static final String STARTED = "STARTED";
    public static final String COMPLETED = "COMPLETED";

    @Id
    public UUID trackId;

    public String programmeCode;

    public String institutionCode;

    public String offerType;

    public String status;

    public int sessionsHeld;

    public OffsetDateTime updatedAt;
}

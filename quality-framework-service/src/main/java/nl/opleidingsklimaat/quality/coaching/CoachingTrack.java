package nl.opleidingsklimaat.quality.consumer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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
    @Column(name = "track_id")
    public UUID trackId;

    @Column(name = "programme_code")
    public String programmeCode;

    @Column(name = "institution_code")
    public String institutionCode;

    @Column(name = "offer_type")
    public String offerType;

    public String status;

    @Column(name = "sessions_held")
    public int sessionsHeld;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}

package nl.opleidingsklimaat.coaching.track;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One coaching session of a track. Its notes are confidential: only the resident and the coach ever read them. */
@Entity
@Table(name = "coaching_session")
public class CoachingSession extends PanacheEntityBase {
    @Id
    @GeneratedValue
    public UUID id;

    public UUID trackId;

    public UUID coachId;

    public OffsetDateTime startsAt;

    public OffsetDateTime endsAt;

    @Enumerated(EnumType.STRING)
    public SessionState state;

    public String notes;

    /** Whether the coach has another booked or held session that overlaps [start, end). */
    static boolean coachBusy(UUID coachId, OffsetDateTime start, OffsetDateTime end) {
        return count(
                        "coachId = ?1 and state <> ?2 and startsAt < ?3 and endsAt > ?4",
                        coachId,
                        SessionState.CANCELLED,
                        end,
                        start)
                > 0;
    }
}

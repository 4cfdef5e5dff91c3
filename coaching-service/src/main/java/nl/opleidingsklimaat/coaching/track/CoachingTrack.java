package nl.opleidingsklimaat.coaching.track;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A resident's coaching track. The reason is confidential: only the resident and the coach ever read it. */
@Entity
@Table(name = "coaching_track")
public class CoachingTrack extends PanacheEntityBase {
    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "resident_reference")
    public String residentReference;

    @Column(name = "programme_code")
    public String programmeCode;

    @Column(name = "institution_code")
    public String institutionCode;

    @Column(name = "offer_type_code")
    public String offerTypeCode;

    public String reason;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> topics;

    @Column(name = "medical_background_preferred")
    public boolean medicalBackgroundPreferred;

    @Column(name = "shared_with_director")
    public boolean sharedWithDirector;

    @Enumerated(EnumType.STRING)
    public TrackState state;

    @Column(name = "coach_id")
    public UUID coachId;

    @Column(name = "max_sessions")
    public int maxSessions;
    /** The coach's fee per session, fixed when the track is matched. */
    @Column(name = "session_fee")
    public BigDecimal sessionFee;

    @Column(name = "requested_at")
    public OffsetDateTime requestedAt;

    @Column(name = "matched_at")
    public OffsetDateTime matchedAt;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "ended_at")
    public OffsetDateTime endedAt;

    public static long inHandOf(UUID coachId) {
        return count("coachId = ?1 and state in ?2", coachId, TrackState.IN_HAND);
    }

    public long sessionsHeld() {
        return CoachingSession.count("trackId = ?1 and state = ?2", id, SessionState.HELD);
    }

    public long sessionsBooked() {
        return CoachingSession.count("trackId = ?1 and state <> ?2", id, SessionState.CANCELLED);
    }
}

package nl.opleidingsklimaat.events.poll;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A live question during a session (Mentimeter-style), answered anonymously. */
@Entity
@Table(name = "poll")
public class Poll extends PanacheEntityBase {
    @Id
    public UUID id;

    public UUID eventId;

    public String question;

    /** What participants type to join on their phone (see {@link JoinCodes}). */
    public String joinCode;

    @Enumerated(EnumType.STRING)
    public PollType type;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> options = new ArrayList<>();

    /** Of a quiz (a multiple-choice poll with a correct answer): its correct option(s); empty otherwise. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> correctOptions = new ArrayList<>();

    public Integer scaleMin;
    public Integer scaleMax;

    @Enumerated(EnumType.STRING)
    public PollStatus status;

    @CreationTimestamp
    public OffsetDateTime createdAt;

    public boolean isQuiz() {
        return !correctOptions.isEmpty();
    }

    /** The correct answer is shown once the poll is closed, never before: a participant could look it up. */
    public boolean revealsCorrectAnswer() {
        return isQuiz() && status == PollStatus.CLOSED;
    }

    public static Poll byJoinCode(String code) {
        return find("joinCode", code).firstResult();
    }
}

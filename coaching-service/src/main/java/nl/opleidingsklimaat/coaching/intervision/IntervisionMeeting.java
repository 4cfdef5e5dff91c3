package nl.opleidingsklimaat.coaching.intervision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A scheduled meeting of a group. */
@Entity
@Table(name = "intervision_meeting")
public class IntervisionMeeting extends PanacheEntityBase {
    @Id
    @GeneratedValue
    public UUID id;

    public UUID groupId;

    public OffsetDateTime startsAt;

    public String topic;
}

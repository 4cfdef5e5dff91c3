package nl.opleidingsklimaat.coaching.intervision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;

/** A resident in a group; {@code active} while the group is not closed (one active group per resident). */
@Entity
@Table(name = "intervision_member")
public class IntervisionMember extends PanacheEntityBase {
    @Id
    @GeneratedValue
    public UUID id;

    public UUID groupId;

    public String residentReference;

    public String programmeCode;

    public boolean active;

    @CreationTimestamp
    public OffsetDateTime joinedAt;
}

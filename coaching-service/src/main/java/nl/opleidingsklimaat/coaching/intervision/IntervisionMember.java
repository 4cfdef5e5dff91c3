package nl.opleidingsklimaat.coaching.intervision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A resident in a group; {@code active} while the group is not closed (one active group per resident). */
@Entity
@Table(name = "intervision_member")
public class IntervisionMember extends PanacheEntityBase {
    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "group_id")
    public UUID groupId;

    @Column(name = "resident_reference")
    public String residentReference;

    @Column(name = "programme_code")
    public String programmeCode;

    public boolean active;

    @Column(name = "joined_at")
    public OffsetDateTime joinedAt;
}

package nl.opleidingsklimaat.coaching.intervision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** Whether a member attended a meeting. */
@Entity
@Table(name = "intervision_attendance")
public class IntervisionAttendance extends PanacheEntityBase {
    @Id
    @GeneratedValue
    public UUID id;

    public UUID meetingId;

    public String residentReference;

    public boolean present;
}

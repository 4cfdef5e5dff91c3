package nl.opleidingsklimaat.coaching.offer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;

/** A resident (opaque reference) known to be in a programme: the denominator of coverage. */
@Entity
@Table(name = "known_resident")
public class KnownResident extends PanacheEntityBase {
    @Id
    @GeneratedValue
    public UUID id;

    public String programmeCode;

    public String institutionCode;

    public String residentReference;

    @CreationTimestamp
    public OffsetDateTime registeredAt;

    static boolean exists(String programmeCode, String residentReference) {
        return count("programmeCode = ?1 and residentReference = ?2", programmeCode, residentReference) > 0;
    }
}

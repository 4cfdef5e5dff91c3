package nl.opleidingsklimaat.coaching.offer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A resident (opaque reference) known to be in a programme: the denominator of coverage. */
@Entity
@Table(name = "known_resident")
public class KnownResident extends PanacheEntityBase {
    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "programme_code")
    public String programmeCode;

    @Column(name = "institution_code")
    public String institutionCode;

    @Column(name = "resident_reference")
    public String residentReference;

    @Column(name = "registered_at")
    public OffsetDateTime registeredAt;

    static boolean exists(String programmeCode, String residentReference) {
        return count("programmeCode = ?1 and residentReference = ?2", programmeCode, residentReference) > 0;
    }
}

package nl.opleidingsklimaat.quality.framework;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One imported version of a quality framework; never changed after import, so assessments on it stay as they were. */
@Entity
@Table(name = "framework")
public class Framework extends PanacheEntityBase {
    @Id
    public UUID id;

    public String code;

    public String version;

    public String title;

    public String source;

    public String introduction;

    public String disclaimer;

    public OffsetDateTime importedAt;

    public static Framework latest(String code) {
        return find("code = ?1 order by importedAt desc", code).firstResult();
    }
}

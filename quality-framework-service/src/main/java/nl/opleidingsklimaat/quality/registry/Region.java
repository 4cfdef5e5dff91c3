package nl.opleidingsklimaat.quality.registry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.UpdateTimestamp;

/** An education and training region (OOR). */
@Entity
@Table(name = "region")
public class Region extends PanacheEntityBase {
    @Id
    public String code;

    public String name;

    public boolean active = true;

    @UpdateTimestamp
    public OffsetDateTime updatedAt;
}

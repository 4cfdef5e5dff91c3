package nl.opleidingsklimaat.quality.framework;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;

/** A quality domain of a framework version (organisatie en ontwikkeling, opleidingsklimaat, ...). */
@Entity
@Table(name = "framework_domain")
public class FrameworkDomain extends PanacheEntityBase {
    @Id
    public UUID id;

    public UUID frameworkId;

    public String code;

    public String name;

    public int position;

    public static List<FrameworkDomain> of(UUID frameworkId) {
        return list("frameworkId = ?1 order by position", frameworkId);
    }
}

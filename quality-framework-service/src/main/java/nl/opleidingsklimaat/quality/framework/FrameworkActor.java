package nl.opleidingsklimaat.quality.framework;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;
import nl.opleidingsklimaat.quality.assessment.SubjectType;

/** An actor of a framework version (aios, opleider en opleidingsgroep, COC, ...) with its role statement. */
@Entity
@Table(name = "framework_actor")
public class FrameworkActor extends PanacheEntityBase {
    @Id
    public UUID id;

    public UUID frameworkId;

    public String code;

    public String name;

    public String roleStatement;

    public String tasksHeading;

    public String examplesHeading;

    @Enumerated(EnumType.STRING)
    public SubjectType subjectType;

    public int position;

    public static List<FrameworkActor> of(UUID frameworkId) {
        return list("frameworkId = ?1 order by position", frameworkId);
    }
}

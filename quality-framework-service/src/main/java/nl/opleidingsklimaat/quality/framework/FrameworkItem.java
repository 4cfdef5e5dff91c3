package nl.opleidingsklimaat.quality.framework;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One line of a cell (actor x domain): a task, or an example of evidence that shows the tasks are met. */
@Entity
@Table(name = "framework_item")
public class FrameworkItem extends PanacheEntityBase {
    public enum Kind {
        TASK,
        EVIDENCE_EXAMPLE
    }

    @Id
    public UUID id;

    public UUID frameworkId;

    public String actorCode;

    public String domainCode;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public int position;

    public String text;

    /** Sub-items of the line, e.g. the three subjects of "informatie bijhouden over:". */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> details;

    public static List<FrameworkItem> of(UUID frameworkId) {
        return list("frameworkId = ?1 order by actorCode, domainCode, kind, position", frameworkId);
    }
}

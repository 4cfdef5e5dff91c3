package nl.opleidingsklimaat.quality.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One subject in one year against one framework version; the framework version never changes under it. */
@Entity
@Table(name = "assessment")
public class Assessment extends PanacheEntityBase {
    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public SubjectType subjectType;

    public String subjectCode;

    public int year;

    public UUID frameworkId;

    /** Scope columns, copied from the registry when the assessment is made. */
    public String programmeCode;

    public String institutionCode;

    public String regionCode;

    public OffsetDateTime createdAt;

    public String createdBy;
}

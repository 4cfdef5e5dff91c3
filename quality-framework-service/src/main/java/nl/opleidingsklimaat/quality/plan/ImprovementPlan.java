package nl.opleidingsklimaat.quality.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.opleidingsklimaat.quality.assessment.SubjectType;

/** A verbeterplan of one subject and cycle, moving through PDCA. */
@Entity
@Table(name = "improvement_plan")
public class ImprovementPlan extends PanacheEntityBase {
    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type")
    public SubjectType subjectType;

    @Column(name = "subject_code")
    public String subjectCode;

    @Column(name = "programme_code")
    public String programmeCode;

    @Column(name = "institution_code")
    public String institutionCode;

    @Column(name = "region_code")
    public String regionCode;

    public String cycle;

    public String title;

    @Column(name = "source_campaign_id")
    public UUID sourceCampaignId;

    @Enumerated(EnumType.STRING)
    public PlanState state;

    /** What CHECK measures against, e.g. next year's Opleidingsmonitor report. */
    @Column(name = "next_measurement")
    public String nextMeasurement;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;
}

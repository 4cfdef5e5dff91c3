package nl.opleidingsklimaat.events.trainingevent;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A professionalisation event with its programme (the aggregate root of this service). */
@Entity
@Table(name = "training_event")
public class TrainingEvent extends PanacheEntityBase {
    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public TrainingEventKind kind;

    @Enumerated(EnumType.STRING)
    public TrainingEventStatus status;

    public String title;
    public String theme;
    public String goals;

    @Column(name = "intended_results")
    public String intendedResults;

    @Column(name = "organiser_institution_code")
    public String organiserInstitutionCode;

    @Column(name = "organiser_region_code")
    public String organiserRegionCode;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "target_roles")
    public List<ParticipantRole> targetRoles = new ArrayList<>();

    @Column(name = "event_date")
    public LocalDate date;

    @Column(name = "start_time")
    public LocalTime startTime;

    @Column(name = "end_time")
    public LocalTime endTime;

    @Enumerated(EnumType.STRING)
    public EventMode mode;

    public String location;

    @Column(name = "online_link")
    public String onlineLink;

    public int capacity;

    @Column(name = "registration_deadline")
    public OffsetDateTime registrationDeadline;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> speakers = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "study_material")
    public List<String> studyMaterial = new ArrayList<>();

    @Column(name = "cost_euros")
    public BigDecimal costEuros;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<CompetenceShare> competences = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "competence_profile_items")
    public List<String> competenceProfileItems = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<ProgrammeItem> programme = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "take_home_messages")
    public List<String> takeHomeMessages = new ArrayList<>();

    @Column(name = "created_by")
    public String createdBy;

    public List<ProgrammeSchedule.ScheduledItem> schedule() {
        return programme.isEmpty() ? List.of() : ProgrammeSchedule.plan(startTime, endTime, programme);
    }

    public BigDecimal points() {
        return Accreditation.points(Accreditation.netTeachingMinutes(schedule()));
    }

    public List<ProgrammeSchedule.ScheduledItem> teachingItems() {
        return schedule().stream()
                .filter(s -> s.item().format().isTeachingTime())
                .toList();
    }
}

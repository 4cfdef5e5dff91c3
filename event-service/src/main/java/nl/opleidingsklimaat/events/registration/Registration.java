package nl.opleidingsklimaat.events.registration;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.opleidingsklimaat.events.trainingevent.ParticipantRole;

/** A person's registration for a training event, on the waiting list or holding a seat, and their attendance. */
@Entity
@Table(name = "registration")
public class Registration extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "person_reference")
    public String personReference;

    public String name;

    @Enumerated(EnumType.STRING)
    public ParticipantRole role;

    @Column(name = "institution_code")
    public String institutionCode;

    @Column(name = "programme_code")
    public String programmeCode;

    @Column(name = "big_number")
    public String bigNumber;

    @Column(name = "accreditation_wanted")
    public boolean accreditationWanted;

    @Enumerated(EnumType.STRING)
    public RegistrationStatus status;

    @Column(name = "waiting_since")
    public OffsetDateTime waitingSince;

    @Column(name = "offer_expires_at")
    public OffsetDateTime offerExpiresAt;

    @Column(name = "checked_in_at")
    public LocalTime checkedInAt;

    @Column(name = "checked_out_at")
    public LocalTime checkedOutAt;

    public BigDecimal points;

    @Column(name = "registered_at")
    public OffsetDateTime registeredAt;

    public static long seatsTaken(UUID eventId) {
        return count("eventId = ?1 and status in ?2", eventId, RegistrationStatus.HOLDING_A_SEAT);
    }

    public static long waiting(UUID eventId) {
        return count("eventId = ?1 and status = ?2", eventId, RegistrationStatus.WAITLISTED);
    }
}

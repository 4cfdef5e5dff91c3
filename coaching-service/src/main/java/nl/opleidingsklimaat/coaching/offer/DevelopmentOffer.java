package nl.opleidingsklimaat.coaching.offer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A form of personal development offered to one resident of a programme. */
@Entity
@Table(name = "development_offer")
public class DevelopmentOffer extends PanacheEntityBase {
    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "resident_reference")
    public String residentReference;

    @Column(name = "programme_code")
    public String programmeCode;

    @Column(name = "institution_code")
    public String institutionCode;

    @Column(name = "offer_type_code")
    public String offerTypeCode;

    @Column(name = "offered_on")
    public LocalDate offeredOn;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}

package nl.opleidingsklimaat.coaching.offer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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

    public String residentReference;

    public String programmeCode;

    public String institutionCode;

    public String offerTypeCode;

    public LocalDate offeredOn;

    public OffsetDateTime recordedAt;
}

package nl.opleidingsklimaat.survey.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The address at which an institution's COC hears that the reports of a campaign are ready. */
@Entity
@Table(name = "coc_mailbox")
public class CocMailbox extends PanacheEntityBase {
    @Id
    public String institutionCode;

    public String email;
    public OffsetDateTime changedAt;
    public String changedBy;
}

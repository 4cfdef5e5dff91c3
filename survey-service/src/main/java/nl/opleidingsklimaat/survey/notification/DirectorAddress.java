package nl.opleidingsklimaat.survey.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

/** The address at which a programme's director hears that the programme's report is ready, or that there is none. */
@Entity
@Table(name = "director_address")
public class DirectorAddress extends PanacheEntityBase {
    @Id
    public String programmeCode;

    public String institutionCode;
    public String email;
    public OffsetDateTime changedAt;
    public String changedBy;

    public static List<DirectorAddress> ofInstitution(String institutionCode) {
        return list("institutionCode = ?1 order by programmeCode", institutionCode);
    }
}

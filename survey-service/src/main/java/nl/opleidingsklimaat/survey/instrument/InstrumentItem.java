package nl.opleidingsklimaat.survey.instrument;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;

/** One question of an instrument version. */
@Entity
@Table(name = "instrument_item")
public class InstrumentItem extends PanacheEntityBase {
    public static final int DEFAULT_MAX_LENGTH = 2000;

    @Id
    public UUID id;

    public UUID instrumentId;

    public String code;

    public String domainCode;

    public int position;
    public String text;

    @Enumerated(EnumType.STRING)
    public Scale scale;

    public Integer scaleMin;

    public Integer scaleMax;

    public boolean notApplicableAllowed;

    public boolean higherIsBetter;

    public boolean required;

    public Integer maxLength;

    public static List<InstrumentItem> of(UUID instrumentId) {
        return list("instrumentId = ?1 order by position", instrumentId);
    }
}

package nl.opleidingsklimaat.survey.instrument;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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

    @Column(name = "instrument_id")
    public UUID instrumentId;

    public String code;

    @Column(name = "domain_code")
    public String domainCode;

    public int position;
    public String text;

    @Enumerated(EnumType.STRING)
    public Scale scale;

    @Column(name = "scale_min")
    public Integer scaleMin;

    @Column(name = "scale_max")
    public Integer scaleMax;

    @Column(name = "not_applicable_allowed")
    public boolean notApplicableAllowed;

    @Column(name = "higher_is_better")
    public boolean higherIsBetter;

    public boolean required;

    @Column(name = "max_length")
    public Integer maxLength;

    public static List<InstrumentItem> of(UUID instrumentId) {
        return list("instrumentId = ?1 order by position", instrumentId);
    }
}

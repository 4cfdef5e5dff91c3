package nl.opleidingsklimaat.survey.instrument;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One published version of an instrument; never changed after it is stored. */
@Entity
@Table(name = "instrument")
public class Instrument extends PanacheEntityBase {
    @Id
    public UUID id;

    public String code;
    public String version;
    public String name;

    @Enumerated(EnumType.STRING)
    public InstrumentKind kind;

    public String description;

    public BigDecimal strengthAtLeast;

    public BigDecimal attentionBelow;

    public BigDecimal regionGap;

    public String helpText;

    @CreationTimestamp
    public OffsetDateTime publishedAt;

    /** The texts in other languages, by language tag; part of the published version. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, InstrumentDefinition.Translation> translations = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "instrument_domain", joinColumns = @JoinColumn(name = "instrument_id"))
    @OrderBy("position")
    public List<Domain> domains = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "instrument_signal_rule", joinColumns = @JoinColumn(name = "instrument_id"))
    public List<SignalRule> signalRules = new ArrayList<>();

    public static Optional<Instrument> findVersion(String code, String version) {
        return find("code = ?1 and version = ?2", code, version).firstResultOptional();
    }

    /**
     * The newest published version of an instrument: the highest version label in {@link #VERSION_ORDER} (2026.10
     * after 2026.2), not the last one stored, so that a region importing an older version later changes nothing.
     */
    public static Optional<Instrument> newest(String code) {
        return Instrument.<Instrument>list("code", code).stream()
                .max(Comparator.comparing((Instrument i) -> i.version, VERSION_ORDER));
    }

    /**
     * Version labels in their natural order: parts split at dots and dashes, numeric parts compared as numbers, others
     * as text; a label that extends another comes after it (2026.1 &lt; 2026.1.1 &lt; 2026.2 &lt; 2026.10).
     */
    public static final Comparator<String> VERSION_ORDER = (a, b) -> {
        String[] left = a.split("[.-]");
        String[] right = b.split("[.-]");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            boolean numeric = left[i].matches("[0-9]{1,9}") && right[i].matches("[0-9]{1,9}");
            int order = numeric
                    ? Integer.compare(Integer.parseInt(left[i]), Integer.parseInt(right[i]))
                    : left[i].compareTo(right[i]);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.length, right.length);
    };

    /** Whether {@code other} is this instrument in the same or a later version (a successor campaign may use it). */
    public boolean isSameOrSucceededBy(Instrument other) {
        return code.equals(other.code) && VERSION_ORDER.compare(version, other.version) <= 0;
    }

    /** The texts in this language (language tag), or {@link InstrumentDefinition.Translation#NONE}: Dutch. */
    public InstrumentDefinition.Translation in(String language) {
        return translations.getOrDefault(language, InstrumentDefinition.Translation.NONE);
    }

    public String domainName(String domainCode) {
        return domains.stream()
                .filter(d -> d.code.equals(domainCode))
                .map(d -> d.name)
                .findFirst()
                .orElse(domainCode);
    }

    @Embeddable
    public static class Domain {
        public String code;
        public String name;
        public int position;
    }

    @Embeddable
    public static class SignalRule {
        public String indicator;

        public String itemCode;

        public int atOrAbove;

        public BigDecimal minShare;

        public String advice;
    }
}

package nl.opleidingsklimaat.coaching.policy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.opleidingsklimaat.coaching.config.CoachingConfig;
import nl.opleidingsklimaat.platform.privacy.SmallCells;

/**
 * The coaching policy as the data file states it: the six conditions every form of personal development must meet,
 * the offer types and which conditions each meets, the resident's own contribution, and the intervision rules.
 */
@ApplicationScoped
public class CoachingPolicy {
    @Inject
    CoachingConfig config;

    @Inject
    ObjectMapper objectMapper;

    private PolicyData data;

    @PostConstruct
    void load() {
        String file = config.policyFile();
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("Coaching policy file " + file + " is not on the classpath");
            }
            data = objectMapper
                    .copy()
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in, PolicyData.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the coaching policy " + file, e);
        }
        if (data.minimumCountShown() < SmallCells.MINIMUM) {
            throw new IllegalStateException(
                    "The policy's minimumCountShown may not be below the platform's " + SmallCells.MINIMUM);
        }
        Set<String> conditionCodes =
                data.conditions().stream().map(Condition::code).collect(Collectors.toSet());
        for (OfferType type : data.offerTypes()) {
            if (!type.conditionsMet().keySet().equals(conditionCodes)) {
                throw new IllegalStateException(
                        "Offer type " + type.code() + " must state every condition " + conditionCodes);
            }
        }
    }

    public List<Condition> conditions() {
        return data.conditions();
    }

    public List<OfferType> offerTypes() {
        return data.offerTypes();
    }

    public Optional<OfferType> offerType(String code) {
        return data.offerTypes().stream().filter(t -> t.code().equals(code)).findFirst();
    }

    public BigDecimal ownContributionPerTrack() {
        return data.ownContributionPerTrack();
    }

    /** The policy's own words on the minimum count shown; the service applies the platform's SmallCells (never lower). */
    public int minimumCountShown() {
        return data.minimumCountShown();
    }

    public IntervisionPolicy intervision() {
        return data.intervision();
    }

    /** The conditions this offer type does not meet, in the policy's order. */
    public List<Condition> shortfalls(OfferType type) {
        return data.conditions().stream()
                .filter(c -> !Boolean.TRUE.equals(type.conditionsMet().get(c.code())))
                .toList();
    }

    public record PolicyData(
            BigDecimal ownContributionPerTrack,
            int minimumCountShown,
            List<Condition> conditions,
            List<OfferType> offerTypes,
            IntervisionPolicy intervision) {}

    /** One of the six conditions; a preferred one ("bij voorkeur") is advice rather than a requirement. */
    public record Condition(String code, String text, boolean preferred) {}

    /** A form of personal development; {@code sessionsPerTrack} is set for forms run as individual tracks. */
    public record OfferType(
            String code,
            String name,
            String description,
            Integer sessionsPerTrack,
            Map<String, Boolean> conditionsMet) {}

    public record IntervisionPolicy(int maxResidents, int maxStudents, int minimumRespondents, List<Measure> measures) {
        public boolean hasMeasure(String code) {
            return measures.stream().anyMatch(m -> m.code().equals(code));
        }
    }

    public record Measure(String code, String text) {}
}

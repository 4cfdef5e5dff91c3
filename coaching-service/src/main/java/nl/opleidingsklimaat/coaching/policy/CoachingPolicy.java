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
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.opleidingsklimaat.coaching.CoachingConfig;
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
        if (data.trackEvaluation() == null || data.trackEvaluation().isEmpty()) {
            throw new IllegalStateException("The policy must state the trackEvaluation items");
        }
        if (data.supervisorOwnContributionPerTrack() == null) {
            throw new IllegalStateException("The policy must state supervisorOwnContributionPerTrack");
        }
        if (data.lateCancellation() == null || data.lateCancellation().hoursBefore() < 0) {
            throw new IllegalStateException("The policy must state lateCancellation.hoursBefore (0 or more)");
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

    /** The resident's own contribution per track (EUR 150). */
    public BigDecimal ownContributionPerTrack() {
        return data.ownContributionPerTrack();
    }

    /** What the coached person pays per track: the resident's EUR 150, or the supervisor's contribution. */
    public BigDecimal ownContributionPerTrack(Coachee coachee) {
        return coachee == Coachee.SUPERVISOR
                ? data.supervisorOwnContributionPerTrack()
                : data.ownContributionPerTrack();
    }

    /** The policy's own words on the minimum count shown; the service applies the platform's SmallCells (never lower). */
    public int minimumCountShown() {
        return data.minimumCountShown();
    }

    /** The items of the coached person's evaluation of a track (1-5 each). */
    public List<Measure> trackEvaluation() {
        return data.trackEvaluation();
    }

    /** The effect measures, the same before and after a track as before and after an intervision cycle. */
    public List<Measure> effectMeasures() {
        return data.intervision().measures();
    }

    public LateCancellation lateCancellation() {
        return data.lateCancellation();
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
}

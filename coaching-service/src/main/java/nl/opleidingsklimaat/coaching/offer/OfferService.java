package nl.opleidingsklimaat.coaching.offer;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import nl.opleidingsklimaat.coaching.access.OrganisationAccess;
import nl.opleidingsklimaat.coaching.conflict.UniqueRows;
import nl.opleidingsklimaat.coaching.policy.CoachingPolicy;
import nl.opleidingsklimaat.coaching.policy.OfferType;
import nl.opleidingsklimaat.platform.audit.AuditLog;
import nl.opleidingsklimaat.platform.organisation.ReplicatedProgramme;
import nl.opleidingsklimaat.platform.paging.Page;
import nl.opleidingsklimaat.platform.paging.PageRequest;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.platform.security.CallerScope;

/** Offers of personal development per resident and programme, and how far they cover the residents known. */
@ApplicationScoped
@Transactional
public class OfferService {
    @Inject
    CoachingPolicy policy;

    @Inject
    OrganisationAccess visibility;

    @Inject
    CallerScope caller;

    @Inject
    AuditLog audit;

    public ResidentView registerResident(ResidentRequest request) {
        ReplicatedProgramme programme = visibility.programme(request.programmeCode());
        if (KnownResident.exists(programme.code, request.residentReference())) {
            throw ProblemException.conflict(
                    "Resident %s is already known in programme %s", request.residentReference(), programme.code);
        }
        known(programme, request.residentReference());
        return new ResidentView(request.residentReference(), programme.code, programme.institutionCode);
    }

    public OfferView record(OfferRequest request) {
        ReplicatedProgramme programme = visibility.programme(request.programmeCode());
        OfferType type = policy.offerType(request.offerTypeCode())
                .orElseThrow(() -> ProblemException.invalidField(
                        "offerTypeCode", "unknown offer type " + request.offerTypeCode()));
        if (!KnownResident.exists(programme.code, request.residentReference())) {
            known(programme, request.residentReference());
        }
        DevelopmentOffer offer = new DevelopmentOffer();
        offer.residentReference = request.residentReference();
        offer.programmeCode = programme.code;
        offer.institutionCode = programme.institutionCode;
        offer.offerTypeCode = type.code();
        offer.offeredOn = request.offeredOn();
        offer.recordedAt = OffsetDateTime.now();
        offer.persist();
        return view(offer);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OfferView get(UUID id) {
        DevelopmentOffer offer = DevelopmentOffer.findById(id);
        if (offer == null || !mayRead(offer)) {
            throw ProblemException.notFound("Offer %s not found", id);
        }
        auditIfNotOwner(offer);
        return view(offer);
    }

    /** A resident's own offers, or a programme's offers for staff in scope. */
    public Page<OfferView> list(String programmeCode, String institutionCode, boolean fallingShort, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String query;
        if (programmeCode != null) {
            ReplicatedProgramme programme = visibility.programme(programmeCode);
            requireStaff(programmeCode);
            audit.record("list-offers", "programme", programme.code);
            query = "programmeCode = :scope";
            params.put("scope", programme.code);
        } else if (institutionCode != null) {
            visibility.institution(institutionCode);
            requireStaff(institutionCode);
            audit.record("list-offers", "institution", institutionCode);
            query = "institutionCode = :scope";
            params.put("scope", institutionCode);
        } else {
            query = "residentReference = :scope";
            params.put("scope", caller.personReference().orElseThrow());
        }
        if (fallingShort) {
            query += " and offerTypeCode in :types";
            params.put("types", typesFallingShort().isEmpty() ? List.of("") : typesFallingShort());
        }
        return Page.of(
                DevelopmentOffer.<DevelopmentOffer>find(
                        query, Sort.by("offeredOn").descending().and("id"), params),
                page,
                this::view);
    }

    private void requireStaff(String code) {
        boolean staff = caller.isSystem()
                || caller.hasRole("coc")
                || caller.hasRole("board")
                || caller.hasRole("programme-director")
                || caller.hasRole("region-coordinator")
                || caller.hasRole("education-advisor");
        if (!staff) {
            throw ProblemException.notFound("%s not found", code);
        }
    }

    /** Offer types that miss a required condition (a missed preference alone does not make an offer fall short). */
    private List<String> typesFallingShort() {
        return policy.offerTypes().stream()
                .filter(t -> policy.shortfalls(t).stream().anyMatch(c -> !c.preferred()))
                .map(OfferType::code)
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OfferTypeView> offerTypes() {
        return policy.offerTypes().stream().map(this::typeView).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OfferTypeView offerType(String code) {
        return policy.offerType(code)
                .map(this::typeView)
                .orElseThrow(() -> ProblemException.notFound("Offer type %s not found", code));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProgrammeCoverage programmeCoverage(String programmeCode) {
        return coverage(visibility.programme(programmeCode));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InstitutionCoverage institutionCoverage(String institutionCode) {
        visibility.institution(institutionCode);
        List<ProgrammeCoverage> programmes =
                ReplicatedProgramme.<ReplicatedProgramme>list("institutionCode", Sort.by("code"), institutionCode)
                        .stream()
                        .map(this::coverage)
                        .sorted(Comparator.comparing(ProgrammeCoverage::lagging)
                                .reversed()
                                .thenComparing(ProgrammeCoverage::coveragePercent))
                        .toList();
        long known =
                programmes.stream().mapToLong(ProgrammeCoverage::residentsKnown).sum();
        long offered = programmes.stream()
                .mapToLong(ProgrammeCoverage::residentsOffered)
                .sum();
        long onlyShort = programmes.stream()
                .mapToLong(ProgrammeCoverage::residentsOfferedWithShortfallsOnly)
                .sum();
        return new InstitutionCoverage(
                institutionCode,
                known,
                offered,
                onlyShort,
                percent(offered, known),
                programmes,
                programmes.stream()
                        .filter(ProgrammeCoverage::lagging)
                        .map(ProgrammeCoverage::programmeCode)
                        .toList());
    }

    /**
     * Coverage counts a resident only when an offer meets every required condition of the policy; residents offered
     * nothing but forms that fall short are counted apart, per offer type, with the conditions missed.
     */
    private ProgrammeCoverage coverage(ReplicatedProgramme programme) {
        long known = KnownResident.count("programmeCode", programme.code);
        List<String> fallingShortTypes = typesFallingShort();
        Map<String, Set<String>> typesByResident = new HashMap<>();
        DevelopmentOffer.getEntityManager()
                .createQuery(
                        "select distinct o.residentReference, o.offerTypeCode from DevelopmentOffer o"
                                + " where o.programmeCode = :p",
                        Object[].class)
                .setParameter("p", programme.code)
                .getResultList()
                .forEach(row -> typesByResident
                        .computeIfAbsent((String) row[0], r -> new TreeSet<>())
                        .add((String) row[1]));
        long offered = 0;
        Map<String, Long> onlyShortByType = new TreeMap<>();
        for (Set<String> types : typesByResident.values()) {
            if (types.stream().anyMatch(t -> !fallingShortTypes.contains(t))) {
                offered++;
            } else {
                types.forEach(t -> onlyShortByType.merge(t, 1L, Long::sum));
            }
        }
        long onlyShort = typesByResident.size() - offered;
        long fallingShortOffers = fallingShortTypes.isEmpty()
                ? 0
                : DevelopmentOffer.count(
                        "programmeCode = ?1 and offerTypeCode in ?2", programme.code, fallingShortTypes);
        List<ShortfallCoverage> why = onlyShortByType.entrySet().stream()
                .map(e -> shortfallCoverage(e.getKey(), e.getValue()))
                .toList();
        return new ProgrammeCoverage(
                programme.code,
                programme.name,
                known,
                offered,
                onlyShort,
                percent(offered, known),
                offered < known,
                fallingShortOffers,
                why);
    }

    private ShortfallCoverage shortfallCoverage(String typeCode, long residents) {
        OfferType type = policy.offerType(typeCode).orElseThrow();
        return new ShortfallCoverage(type.code(), type.name(), residents, shortfallViews(type));
    }

    private static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private void known(ReplicatedProgramme programme, String residentReference) {
        KnownResident resident = new KnownResident();
        resident.programmeCode = programme.code;
        resident.institutionCode = programme.institutionCode;
        resident.residentReference = residentReference;
        UniqueRows.persist(
                resident, "Resident " + residentReference + " is already known in programme " + programme.code);
    }

    private boolean mayRead(DevelopmentOffer offer) {
        if (caller.personReference().filter(offer.residentReference::equals).isPresent()) {
            return true;
        }
        ReplicatedProgramme programme = ReplicatedProgramme.findById(offer.programmeCode);
        return programme != null && caller.maySeeProgramme(programme.ref()) && !caller.hasRole("resident");
    }

    private void auditIfNotOwner(DevelopmentOffer offer) {
        if (caller.personReference().filter(offer.residentReference::equals).isEmpty()) {
            audit.record("read-offer", "development-offer", offer.id.toString());
        }
    }

    private OfferView view(DevelopmentOffer offer) {
        List<ConditionView> shortfalls =
                policy.offerType(offer.offerTypeCode).map(this::shortfallViews).orElse(List.of());
        return new OfferView(
                offer.id,
                offer.residentReference,
                offer.programmeCode,
                offer.institutionCode,
                offer.offerTypeCode,
                offer.offeredOn,
                shortfalls.isEmpty(),
                shortfalls);
    }

    private OfferTypeView typeView(OfferType type) {
        List<ConditionStatus> conditions = policy.conditions().stream()
                .map(c -> new ConditionStatus(
                        c.code(),
                        c.text(),
                        c.preferred(),
                        Boolean.TRUE.equals(type.conditionsMet().get(c.code()))))
                .toList();
        List<ConditionView> shortfalls = shortfallViews(type);
        return new OfferTypeView(
                type.code(),
                type.name(),
                type.description(),
                type.sessionsPerTrack(),
                conditions,
                shortfalls.isEmpty(),
                shortfalls);
    }

    private List<ConditionView> shortfallViews(OfferType type) {
        return policy.shortfalls(type).stream()
                .map(c -> new ConditionView(c.code(), c.text(), c.preferred()))
                .toList();
    }
}

package nl.opleidingsklimaat.quality.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import nl.opleidingsklimaat.platform.csv.CsvImport;
import nl.opleidingsklimaat.platform.problem.Problem;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.quality.access.Visibility;
import nl.opleidingsklimaat.quality.registry.RegionStructure.ImportResult;
import nl.opleidingsklimaat.quality.registry.StructureRow.Kind;

/**
 * Imports a region's structure all-or-nothing: every row is checked first and any error rejects the whole import
 * with one violation per problem (field = row location); only a clean file is applied, as creates or updates.
 */
@ApplicationScoped
public class StructureImportService {
    private static final Pattern CODE = Pattern.compile(RegistryCodes.CODE_PATTERN);
    private static final Set<String> CSV_REQUIRED = Set.of("kind", "code", "name");
    private static final Set<String> CSV_COLUMNS =
            Set.of("kind", "code", "name", "specialtyCode", "institutionCode", "clusterCode", "directorReference");
    private static final int MAX_CSV_LINES = 5000;

    @Inject
    Visibility visibility;

    @Inject
    RegistryService registry;

    @Transactional
    public ImportResult importJson(String regionCode, RegionStructure structure) {
        if (structure == null) {
            throw ProblemException.badRequest("The request body must be a region structure");
        }
        return apply(visibleRegion(regionCode), StructureRow.fromJson(structure));
    }

    @Transactional
    public ImportResult importCsv(String regionCode, String csv) {
        Region region = visibleRegion(regionCode);
        return apply(region, parseCsv(csv));
    }

    private static List<StructureRow> parseCsv(String csv) {
        return CsvImport.read(csv, CSV_REQUIRED, CSV_COLUMNS, MAX_CSV_LINES).stream()
                .map(StructureRow::fromCsv)
                .toList();
    }

    private Region visibleRegion(String code) {
        Region region = Region.findById(code);
        if (region == null || !visibility.region(code)) {
            throw ProblemException.notFound("Region %s not found", code);
        }
        return region;
    }

    private ImportResult apply(Region region, List<StructureRow> rows) {
        List<Problem.Violation> violations = new ArrayList<>();
        Map<String, StructureRow> specialties = new HashMap<>();
        Map<String, StructureRow> institutions = new HashMap<>();
        Map<String, StructureRow> clusters = new HashMap<>();
        Set<String> programmes = new HashSet<>();
        for (StructureRow row : rows) {
            if (row.kind() == null) {
                violations.add(new Problem.Violation(
                        row.location() + ".kind", "must be institution, specialty, cluster or programme"));
                continue;
            }
            if (row.code() == null || !CODE.matcher(row.code()).matches()) {
                violations.add(new Problem.Violation(row.location() + ".code", RegistryCodes.CODE_MESSAGE));
                continue;
            }
            if (row.name() == null || row.name().isBlank() || row.name().length() > 200) {
                violations.add(new Problem.Violation(row.location() + ".name", "must be 1-200 characters"));
            }
            Map<String, StructureRow> seen = switch (row.kind()) {
                case SPECIALTY -> specialties;
                case INSTITUTION -> institutions;
                case CLUSTER -> clusters;
                case PROGRAMME -> null;
            };
            boolean duplicate = seen == null ? !programmes.add(row.code()) : seen.putIfAbsent(row.code(), row) != null;
            if (duplicate) {
                violations.add(
                        new Problem.Violation(row.location() + ".code", "appears twice in this import: " + row.code()));
            }
        }
        for (StructureRow row : rows) {
            if (row.kind() != null
                    && row.code() != null
                    && CODE.matcher(row.code()).matches()) {
                checkReferences(region, row, specialties, institutions, clusters, violations);
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        int[] counts = new int[3];
        for (Kind kind : List.of(Kind.SPECIALTY, Kind.INSTITUTION, Kind.CLUSTER, Kind.PROGRAMME)) {
            rows.stream().filter(r -> r.kind() == kind).forEach(r -> counts[upsert(region, r)]++);
        }
        return new ImportResult(region.code, counts[0], counts[1], counts[2]);
    }

    private static void checkReferences(
            Region region,
            StructureRow row,
            Map<String, StructureRow> specialties,
            Map<String, StructureRow> institutions,
            Map<String, StructureRow> clusters,
            List<Problem.Violation> violations) {
        String at = row.location();
        switch (row.kind()) {
            case INSTITUTION -> {
                Institution existing = Institution.findById(row.code());
                if (existing != null && !existing.regionCode.equals(region.code)) {
                    violations.add(new Problem.Violation(
                            at + ".code", "institution " + row.code() + " belongs to another region"));
                }
            }
            case CLUSTER -> {
                Cluster existing = Cluster.findById(row.code());
                if (existing != null && !existing.regionCode.equals(region.code)) {
                    violations.add(new Problem.Violation(
                            at + ".code", "cluster " + row.code() + " belongs to another region"));
                }
                checkSpecialty(row, specialties, violations);
            }
            case PROGRAMME -> {
                checkSpecialty(row, specialties, violations);
                Programme existing = Programme.findById(row.code());
                if (existing != null && !existing.institutionCode.equals(row.institutionCode())) {
                    violations.add(new Problem.Violation(
                            at + ".institutionCode",
                            "programme " + row.code() + " is registered at " + existing.institutionCode
                                    + "; a programme cannot move"));
                }
                Institution institution =
                        row.institutionCode() == null ? null : Institution.findById(row.institutionCode());
                boolean institutionKnown = institutions.containsKey(row.institutionCode())
                        || (institution != null && institution.regionCode.equals(region.code));
                if (!institutionKnown) {
                    violations.add(new Problem.Violation(
                            at + ".institutionCode",
                            "institution " + row.institutionCode()
                                    + " is neither in this import nor registered in region " + region.code));
                }
                if (row.clusterCode() != null) {
                    String clusterSpecialty = clusterSpecialty(region, row.clusterCode(), clusters);
                    if (clusterSpecialty == null) {
                        violations.add(new Problem.Violation(
                                at + ".clusterCode",
                                "cluster " + row.clusterCode() + " is neither in this import nor registered in region "
                                        + region.code));
                    } else if (!clusterSpecialty.equals(row.specialtyCode())) {
                        violations.add(new Problem.Violation(
                                at + ".clusterCode",
                                "cluster " + row.clusterCode() + " is for specialty " + clusterSpecialty + ", not "
                                        + row.specialtyCode()));
                    }
                }
            }
            case SPECIALTY -> {}
        }
    }

    private static void checkSpecialty(
            StructureRow row, Map<String, StructureRow> specialties, List<Problem.Violation> violations) {
        if (row.specialtyCode() == null
                || (!specialties.containsKey(row.specialtyCode()) && Specialty.findById(row.specialtyCode()) == null)) {
            violations.add(new Problem.Violation(
                    row.location() + ".specialtyCode",
                    "specialty " + row.specialtyCode() + " is neither in this import nor registered"));
        }
    }

    private static String clusterSpecialty(Region region, String clusterCode, Map<String, StructureRow> clusters) {
        StructureRow inFile = clusters.get(clusterCode);
        if (inFile != null) {
            return inFile.specialtyCode();
        }
        Cluster cluster = Cluster.findById(clusterCode);
        return cluster != null && cluster.regionCode.equals(region.code) ? cluster.specialtyCode : null;
    }

    /** Returns 0 when created, 1 when updated, 2 when unchanged. */
    private int upsert(Region region, StructureRow row) {
        switch (row.kind()) {
            case SPECIALTY -> {
                Specialty specialty = Specialty.findById(row.code());
                if (specialty == null) {
                    specialty = new Specialty();
                    specialty.code = row.code();
                    specialty.name = row.name();
                    specialty.persist();
                    return 0;
                }
                if (specialty.name.equals(row.name())) {
                    return 2;
                }
                specialty.name = row.name();
                return 1;
            }
            case INSTITUTION -> {
                Institution institution = Institution.findById(row.code());
                int outcome;
                if (institution == null) {
                    institution = new Institution();
                    institution.code = row.code();
                    institution.name = row.name();
                    institution.regionCode = region.code;
                    institution.persist();
                    outcome = 0;
                } else if (institution.name.equals(row.name())) {
                    return 2;
                } else {
                    institution.name = row.name();
                    outcome = 1;
                }
                registry.publish(institution);
                return outcome;
            }
            case CLUSTER -> {
                Cluster cluster = Cluster.findById(row.code());
                if (cluster == null) {
                    cluster = new Cluster();
                    cluster.code = row.code();
                    cluster.name = row.name();
                    cluster.regionCode = region.code;
                    cluster.specialtyCode = row.specialtyCode();
                    cluster.persist();
                    return 0;
                }
                if (cluster.name.equals(row.name()) && cluster.specialtyCode.equals(row.specialtyCode())) {
                    return 2;
                }
                cluster.name = row.name();
                cluster.specialtyCode = row.specialtyCode();
                return 1;
            }
            default -> {
                Programme programme = Programme.findById(row.code());
                if (programme == null) {
                    programme = new Programme();
                    programme.code = row.code();
                    programme.name = row.name();
                    programme.specialtyCode = row.specialtyCode();
                    programme.institutionCode = row.institutionCode();
                    programme.regionCode = region.code;
                    programme.clusterCode = row.clusterCode();
                    programme.directorReference = row.directorReference();
                    programme.persist();
                    registry.publishRegistered(programme);
                    return 0;
                }
                if (programme.name.equals(row.name())
                        && programme.specialtyCode.equals(row.specialtyCode())
                        && Objects.equals(programme.clusterCode, row.clusterCode())
                        && Objects.equals(programme.directorReference, row.directorReference())) {
                    return 2;
                }
                programme.name = row.name();
                programme.specialtyCode = row.specialtyCode();
                programme.clusterCode = row.clusterCode();
                programme.directorReference = row.directorReference();
                registry.publishUpdated(programme);
                return 1;
            }
        }
    }
}

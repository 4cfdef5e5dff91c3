package nl.opleidingsklimaat.quality.registry;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A region's whole structure for a bulk import. Rows are checked by the import itself (not by Bean Validation), so
 * that every row's errors come back together in one list.
 */
@Schema(description = "A region's institutions, specialties, clusters and programmes")
public record RegionStructure(
        List<InstitutionRow> institutions,
        List<SpecialtyRow> specialties,
        List<ClusterRow> clusters,
        List<ProgrammeRow> programmes) {

    public record InstitutionRow(String code, String name) {}

    public record SpecialtyRow(String code, String name) {}

    public record ClusterRow(String code, String name, String specialtyCode) {}

    public record ProgrammeRow(
            String code,
            String name,
            String specialtyCode,
            String institutionCode,
            String clusterCode,
            String directorReference) {}

    /** What an import did. */
    public record ImportResult(String regionCode, int created, int updated, int unchanged) {}
}

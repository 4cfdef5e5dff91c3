package nl.opleidingsklimaat.quality.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.opleidingsklimaat.platform.csv.CsvImport;

/** One row of a structure import, from JSON or CSV, with where it came from (for the error list). */
record StructureRow(
        String location,
        Kind kind,
        String code,
        String name,
        String specialtyCode,
        String institutionCode,
        String clusterCode,
        String directorReference) {

    enum Kind {
        INSTITUTION,
        SPECIALTY,
        CLUSTER,
        PROGRAMME;

        static Kind parse(String value) {
            try {
                return value == null ? null : Kind.valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    /** One line of the CSV format: {@code kind,code,name,specialtyCode,institutionCode,clusterCode,directorReference}. */
    static List<StructureRow> fromJson(RegionStructure structure) {
        List<StructureRow> rows = new ArrayList<>();
        List<RegionStructure.InstitutionRow> institutions = orEmpty(structure.institutions());
        for (int i = 0; i < institutions.size(); i++) {
            var row = institutions.get(i);
            rows.add(new StructureRow(
                    "institutions[" + i + "]",
                    Kind.INSTITUTION,
                    row == null ? null : row.code(),
                    row == null ? null : row.name(),
                    null,
                    null,
                    null,
                    null));
        }
        List<RegionStructure.SpecialtyRow> specialties = orEmpty(structure.specialties());
        for (int i = 0; i < specialties.size(); i++) {
            var row = specialties.get(i);
            rows.add(new StructureRow(
                    "specialties[" + i + "]",
                    Kind.SPECIALTY,
                    row == null ? null : row.code(),
                    row == null ? null : row.name(),
                    null,
                    null,
                    null,
                    null));
        }
        List<RegionStructure.ClusterRow> clusters = orEmpty(structure.clusters());
        for (int i = 0; i < clusters.size(); i++) {
            var row = clusters.get(i);
            rows.add(
                    row == null
                            ? new StructureRow("clusters[" + i + "]", Kind.CLUSTER, null, null, null, null, null, null)
                            : new StructureRow(
                                    "clusters[" + i + "]",
                                    Kind.CLUSTER,
                                    row.code(),
                                    row.name(),
                                    row.specialtyCode(),
                                    null,
                                    null,
                                    null));
        }
        List<RegionStructure.ProgrammeRow> programmes = orEmpty(structure.programmes());
        for (int i = 0; i < programmes.size(); i++) {
            var row = programmes.get(i);
            rows.add(
                    row == null
                            ? new StructureRow(
                                    "programmes[" + i + "]", Kind.PROGRAMME, null, null, null, null, null, null)
                            : new StructureRow(
                                    "programmes[" + i + "]",
                                    Kind.PROGRAMME,
                                    row.code(),
                                    row.name(),
                                    row.specialtyCode(),
                                    row.institutionCode(),
                                    blankToNull(row.clusterCode()),
                                    blankToNull(row.directorReference())));
        }
        return rows;
    }

    /** {@code lineNumber} counts the header as line 1, as a spreadsheet shows it. */
    static StructureRow fromCsv(CsvImport.Line line) {
        return new StructureRow(
                "rows[" + line.number() + "]",
                Kind.parse(line.get("kind")),
                line.get("code"),
                line.get("name"),
                line.get("specialtyCode"),
                line.get("institutionCode"),
                line.get("clusterCode"),
                line.get("directorReference"));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

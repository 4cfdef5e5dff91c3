package nl.opleidingsklimaat.quality.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and responses of the organisation registry. Codes are stable ids: upper case, digits and dashes. */
public final class RegistryApi {
    public static final String CODE_PATTERN = "[A-Z0-9][A-Z0-9-]{1,39}";
    public static final String CODE_MESSAGE =
            "must be 2-40 upper-case letters, digits or dashes, starting with a letter or digit";

    private RegistryApi() {}

    public record NewRegion(
            @NotBlank @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE) @Schema(example = "OOR-LEIDEN")
            String code,

            @NotBlank @Size(max = 200) @Schema(example = "OOR Leiden")
            String name) {}

    public record NewInstitution(
            @NotBlank @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE) @Schema(example = "LUMC")
            String code,

            @NotBlank @Size(max = 200) @Schema(example = "Leids Universitair Medisch Centrum")
            String name,

            @NotBlank @Schema(example = "OOR-LEIDEN") String regionCode) {}

    public record NewSpecialty(
            @NotBlank @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE) @Schema(example = "INT")
            String code,

            @NotBlank @Size(max = 200) @Schema(example = "Interne geneeskunde")
            String name) {}

    public record NewCluster(
            @NotBlank @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE) @Schema(example = "OOR-LEIDEN-INT")
            String code,

            @NotBlank @Size(max = 200) @Schema(example = "Cluster interne geneeskunde Leiden")
            String name,

            @NotBlank @Schema(example = "OOR-LEIDEN") String regionCode,
            @NotBlank @Schema(example = "INT") String specialtyCode) {}

    public record NewProgramme(
            @NotBlank @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE) @Schema(example = "LUMC-INT")
            String code,

            @NotBlank @Size(max = 200) @Schema(example = "Interne geneeskunde LUMC")
            String name,

            @NotBlank @Schema(example = "INT") String specialtyCode,
            @NotBlank @Schema(example = "LUMC") String institutionCode,
            @Schema(example = "OOR-LEIDEN-INT") String clusterCode,

            @Size(max = 200)
            @Schema(description = "Opaque reference to the programme director, never a name", example = "person-4711")
            String directorReference) {}

    /** Name and active flag; setting active to false deactivates (nothing is ever hard-deleted). */
    public record NamedUpdate(
            @NotBlank @Size(max = 200) @Schema(example = "OOR Leiden")
            String name,

            @NotNull @Schema(example = "true") Boolean active) {}

    public record ProgrammeUpdate(
            @NotBlank @Size(max = 200) @Schema(example = "Interne geneeskunde LUMC")
            String name,

            @Schema(example = "OOR-LEIDEN-INT") String clusterCode,

            @Size(max = 200) @Schema(example = "person-4712")
            String directorReference,

            @NotNull @Schema(example = "true") Boolean active) {}

    public record RegionView(String code, String name, boolean active) {
        static RegionView of(Region r) {
            return new RegionView(r.code, r.name, r.active);
        }
    }

    public record InstitutionView(String code, String name, String regionCode, boolean active) {
        static InstitutionView of(Institution i) {
            return new InstitutionView(i.code, i.name, i.regionCode, i.active);
        }
    }

    public record SpecialtyView(String code, String name, boolean active) {
        static SpecialtyView of(Specialty s) {
            return new SpecialtyView(s.code, s.name, s.active);
        }
    }

    public record ClusterView(String code, String name, String regionCode, String specialtyCode, boolean active) {
        static ClusterView of(Cluster c) {
            return new ClusterView(c.code, c.name, c.regionCode, c.specialtyCode, c.active);
        }
    }

    public record ProgrammeView(
            String code,
            String name,
            String specialtyCode,
            String institutionCode,
            String regionCode,
            String clusterCode,
            String directorReference,
            boolean active) {
        static ProgrammeView of(Programme p) {
            return new ProgrammeView(
                    p.code,
                    p.name,
                    p.specialtyCode,
                    p.institutionCode,
                    p.regionCode,
                    p.clusterCode,
                    p.directorReference,
                    p.active);
        }
    }
}

package nl.opleidingsklimaat.quality.framework;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.opleidingsklimaat.quality.assessment.SubjectType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A framework version as a document: the format of the data files under {@code src/main/resources/frameworks/} and
 * of the import endpoint. Texts stay in the original language of the source.
 */
@Schema(
        description =
                "A quality framework version: domains, and per actor its role and per domain its tasks and evidence examples")
public record FrameworkDocument(
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,79}") @Schema(example = "KWALITEITSKADER-CLUSTER-2")
        String code,

        @NotBlank @Size(max = 40) @Schema(example = "2") String version,

        @NotBlank @Size(max = 300) @Schema(example = "Kwaliteitskader cluster 2")
        String title,

        @NotBlank @Schema(example = "Kwaliteitskader cluster 2, Bijlage 1")
        String source,

        String introduction,

        @Schema(
                description = "The source's own words on the tables: the tasks and examples are not exhaustive",
                example = "De taken en voorbeelden in de tabellen zijn niet uitputtend; ...")
        String disclaimer,

        @NotEmpty List<@NotNull @Valid Domain> domains,
        @NotEmpty List<@NotNull @Valid Actor> actors) {

    public record Domain(
            @NotBlank @Pattern(regexp = "[a-z0-9-]{2,80}") @Schema(example = "opleidingsklimaat")
            String code,

            @NotBlank @Size(max = 200) @Schema(example = "Opleidingsklimaat")
            String name) {}

    public record Actor(
            @NotBlank @Pattern(regexp = "[a-z0-9-]{2,80}") @Schema(example = "coc")
            String code,

            @Schema(description = "The kind of subject assessed on this actor's tasks", example = "INSTITUTION")
            SubjectType assessedSubject,

            @NotBlank @Size(max = 200) @Schema(example = "COC")
            String name,

            @NotBlank @Schema(example = "Bewaakt en bevordert continu de kwaliteit en innovatie ...")
            String role,

            @Size(max = 300)
            @Schema(description = "The heading of the tasks column", example = "Taken van de COC. Zij:")
            String tasksHeading,

            @Size(max = 300)
            @Schema(
                    description = "The heading of the examples column",
                    example = "Voorbeelden waaruit dit kan blijken. U kunt:")
            String examplesHeading,

            @NotEmpty List<@NotNull @Valid Cell> cells) {}

    public record Cell(
            @NotBlank @Schema(example = "opleidingsklimaat") String domain,
            @NotNull List<@NotNull @Valid Item> tasks,
            @NotNull List<@NotNull @Valid Item> evidenceExamples) {}

    public record Item(@NotBlank String text, List<@NotBlank String> details) {}
}

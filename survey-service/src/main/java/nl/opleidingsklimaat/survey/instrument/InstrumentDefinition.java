package nl.opleidingsklimaat.survey.instrument;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A whole instrument version as imported through the API or loaded from {@code src/main/resources/instruments}.
 * Once stored it is published and never changes.
 */
@Schema(name = "InstrumentDefinition")
public record InstrumentDefinition(
        @NotBlank @Pattern(regexp = "[a-z0-9-]{2,40}", message = "lower-case letters, digits and dashes (2-40)")
        String code,

        @NotBlank @Pattern(regexp = "[0-9A-Za-z.-]{1,20}", message = "letters, digits, dots and dashes (1-20)")
        String version,

        @NotBlank @Size(max = 200) String name,
        @NotNull InstrumentKind kind,
        @Size(max = 2000) String description,
        @NotNull @Valid ReportRules reportRules,

        @Schema(description = "Shown to a resident with their own result (wellbeing): where to go for help")
        @Size(max = 4000)
        String helpText,

        @NotEmpty @Size(max = 20) List<@Valid @NotNull DomainDefinition> domains,
        @NotEmpty @Size(max = 200) List<@Valid @NotNull ItemDefinition> items,
        @Size(max = 20) List<@Valid @NotNull SignalRuleDefinition> signalRules,

        @Schema(
                description = "The instrument's texts in other languages, by language tag (the resident's pages offer"
                        + " \"en\"); a text left out is shown in Dutch")
        @Size(max = 5)
        Map<@Pattern(regexp = "[a-z]{2}", message = "a two-letter language tag") String, @Valid @NotNull Translation>
                translations) {

    public List<SignalRuleDefinition> signalRulesOrEmpty() {
        return signalRules == null ? List.of() : signalRules;
    }

    public Map<String, Translation> translationsOrEmpty() {
        return translations == null ? Map.of() : translations;
    }

    /** The texts of the instrument in one other language: domains and items by code, advice by indicator. */
    @Schema(name = "InstrumentTranslation")
    public record Translation(
            @Size(max = 200) String name,
            @Size(max = 2000) String description,
            @Size(max = 4000) String helpText,
            @Size(max = 20) Map<String, @NotBlank @Size(max = 200) String> domains,
            @Size(max = 200) Map<String, @NotBlank @Size(max = 1000) String> items,
            @Size(max = 20) Map<String, @NotBlank @Size(max = 1000) String> advice) {

        public String name(String dutch) {
            return name == null ? dutch : name;
        }

        public String description(String dutch) {
            return description == null ? dutch : description;
        }

        public String helpText(String dutch) {
            return helpText == null ? dutch : helpText;
        }

        public String domain(String code, String dutch) {
            return domains == null ? dutch : domains.getOrDefault(code, dutch);
        }

        public String item(String code, String dutch) {
            return items == null ? dutch : items.getOrDefault(code, dutch);
        }

        public String advice(String indicator, String dutch) {
            return advice == null ? dutch : advice.getOrDefault(indicator, dutch);
        }

        /** No translation: every text in Dutch. */
        public static final Translation NONE = new Translation(null, null, null, null, null, null);
    }

    public record DomainDefinition(
            @NotBlank @Pattern(regexp = "[a-z0-9-]{2,60}", message = "lower-case letters, digits and dashes")
            String code,

            @NotBlank @Size(max = 200) String name) {}

    public record ItemDefinition(
            @NotBlank @Pattern(regexp = "[A-Z0-9-]{2,30}", message = "upper-case letters, digits and dashes")
            String code,

            @NotBlank String domain,
            @NotBlank @Size(max = 1000) String text,
            @NotNull Scale scale,
            boolean notApplicableAllowed,
            boolean higherIsBetter,
            boolean required,

            @Schema(description = "Open text only: the longest answer accepted (default 2000)") @Min(1) @Max(10000)
            Integer maxLength) {}

    /** When a domain or item counts as a strength or an attention point (oriented so that higher is better). */
    public record ReportRules(
            @NotNull @DecimalMin("0") @DecimalMax("5") BigDecimal strengthAtLeast,
            @NotNull @DecimalMin("0") @DecimalMax("5") BigDecimal attentionBelow,

            @Schema(description = "A domain at least this far above (below) the region is a strength (attention point)")
            @NotNull
            @DecimalMin("0.1")
            @DecimalMax("4")
            BigDecimal regionGap) {}

    /** A wellbeing signal: the share of respondents whose answer on the item is at or above a value. */
    public record SignalRuleDefinition(
            @NotBlank @Pattern(regexp = "[a-z-]{2,40}") String indicator,
            @NotBlank String itemCode,
            @NotNull Integer atOrAbove,
            @NotNull @DecimalMin("0.01") @DecimalMax("1") BigDecimal minShare,
            @NotBlank @Size(max = 1000) String advice) {}
}

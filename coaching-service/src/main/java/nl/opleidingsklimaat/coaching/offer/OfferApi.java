package nl.opleidingsklimaat.coaching.offer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and views of the offers feature. */
public final class OfferApi {
    private OfferApi() {}

    public record OfferRequest(
            @NotBlank
            @Size(max = 100)
            @Schema(description = "Opaque reference of the resident, never a name", example = "res-7f3a")
            String residentReference,

            @NotBlank @Size(max = 50) @Schema(example = "LUMC-INT")
            String programmeCode,

            @NotBlank
            @Size(max = 50)
            @Schema(description = "An offer type code from /api/offer-types", example = "coaching")
            String offerTypeCode,

            @NotNull @PastOrPresent @Schema(example = "2026-03-01")
            LocalDate offeredOn) {}

    public record ResidentRequest(
            @NotBlank @Size(max = 100) @Schema(example = "res-7f3a")
            String residentReference,

            @NotBlank @Size(max = 50) @Schema(example = "LUMC-INT")
            String programmeCode) {}

    public record ResidentView(String residentReference, String programmeCode, String institutionCode) {}

    public record OfferView(
            UUID id,
            String residentReference,
            String programmeCode,
            String institutionCode,
            String offerTypeCode,
            LocalDate offeredOn,
            boolean meetsAllConditions,
            List<ConditionView> shortfalls) {}

    public record ConditionView(
            @Schema(example = "independent-coach") String code,

            @Schema(example = "Onafhankelijke begeleider / gesprekspartner / coach")
            String text,

            @Schema(description = "A preferred condition (\"bij voorkeur\") is advice, not a requirement")
            boolean preferred) {}

    public record ConditionStatus(String code, String text, boolean preferred, boolean met) {}

    public record OfferTypeView(
            String code,
            String name,
            String description,
            Integer sessionsPerTrack,
            List<ConditionStatus> conditions,
            boolean meetsAllConditions,
            List<ConditionView> shortfalls) {}

    public record ProgrammeCoverage(
            String programmeCode,
            String programmeName,
            long residentsKnown,
            long residentsOffered,

            @Schema(description = "Residents offered / residents known, in percent", example = "87.5")
            BigDecimal coveragePercent,

            @Schema(description = "Not every known resident has been offered personal development")
            boolean lagging,

            @Schema(description = "Offers recorded of a type that falls short of a required condition")
            long offersFallingShort) {}

    public record InstitutionCoverage(
            String institutionCode,
            long residentsKnown,
            long residentsOffered,
            BigDecimal coveragePercent,

            @Schema(description = "Every programme, lagging ones first")
            List<ProgrammeCoverage> programmes,

            @Schema(description = "Codes of the programmes lagging behind")
            List<String> laggingProgrammes) {}
}

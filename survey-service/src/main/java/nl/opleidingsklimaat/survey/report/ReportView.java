package nl.opleidingsklimaat.survey.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A programme's report as the caller may see it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportView(
        UUID campaignId,
        String campaignName,
        String instrumentCode,
        String instrumentVersion,
        String programmeCode,
        String institutionCode,
        String regionCode,
        ReportStatus status,
        int threshold,
        int invited,

        @Schema(
                description =
                        "Invitations added after the campaign opened (roster frozen at opening; added by the education advisor)")
        int lateInvitations,

        int respondents,
        BigDecimal responseRate,
        List<DomainResult> domains,
        List<String> strengths,
        List<String> attentionPoints,
        List<ItemResult> items,
        long openAnswers,

        @Schema(description = "The programme side reads the open answers once the COC has reviewed them")
        OpenAnswersReview openAnswersReview,

        String notice,

        @Schema(
                description =
                        "How the means are to be read: items on their own answer scale (reversed items: lower is better), domains with reversed items turned so that higher is better, except a domain of only reversed items")
        String scoring) {

    ReportView withDomains(List<DomainResult> replaced) {
        return new ReportView(
                campaignId,
                campaignName,
                instrumentCode,
                instrumentVersion,
                programmeCode,
                institutionCode,
                regionCode,
                status,
                threshold,
                invited,
                lateInvitations,
                respondents,
                responseRate,
                replaced,
                strengths,
                attentionPoints,
                items,
                openAnswers,
                openAnswersReview,
                notice,
                scoring);
    }

    /**
     * A domain's mean (1-5, higher is better; reversed items counted as 6 - answer) with the comparison figures;
     * institution and region are computed from released programmes only. A domain of only reversed items
     * ({@code lowerIsBetter}, such as "Gedachten aan stoppen") is given on its items' answer scale instead.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DomainResult(
            String domain,
            String name,

            @Schema(
                    description =
                            "The domain has only reversed items and its means are on their answer scale: lower is better")
            boolean lowerIsBetter,

            BigDecimal mean,
            Integer respondents,
            BigDecimal institutionMean,
            Integer institutionRespondents,
            BigDecimal regionMean,
            Integer regionRespondents,

            @Schema(
                    description =
                            "Year on year: the programme's mean on this theme in earlier campaigns of the chain (newest first), only years whose report of the programme was released, as the caller reads that report; none for a theme new in this version")
            List<EarlierYearScore> earlierYears) {

        DomainResult withEarlierYears(List<EarlierYearScore> earlier) {
            return new DomainResult(
                    domain,
                    name,
                    lowerIsBetter,
                    mean,
                    respondents,
                    institutionMean,
                    institutionRespondents,
                    regionMean,
                    regionRespondents,
                    List.copyOf(earlier));
        }
    }

    /** An item's statistics; {@code suppressed} items (fewer answers than the threshold) carry no figures. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemResult(
            String item,
            String domain,
            String text,
            String scale,
            boolean higherIsBetter,
            boolean suppressed,
            Integer n,
            Integer notApplicable,
            BigDecimal mean,
            BigDecimal standardDeviation,
            Map<Integer, Long> distribution) {}
}

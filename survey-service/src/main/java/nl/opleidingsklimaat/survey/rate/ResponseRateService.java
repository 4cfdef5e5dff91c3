package nl.opleidingsklimaat.survey.rate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import nl.opleidingsklimaat.platform.paging.Page;
import nl.opleidingsklimaat.platform.paging.PageRequest;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.platform.security.CallerScope;
import nl.opleidingsklimaat.platform.security.Roles;
import nl.opleidingsklimaat.survey.campaign.Campaign;
import nl.opleidingsklimaat.survey.campaign.CampaignAccess;
import nl.opleidingsklimaat.survey.report.ReportBuilder;

/**
 * Live response rates, counted from the invitations' used flags. The region's coordinator and education advisor
 * (and system) see every level; a COC its institutions and their programmes; the programme side only its own
 * programmes, and their counts only once at least the threshold has answered (below it: "belowThreshold", no
 * figures). Nobody on the programme side sees an institution or region total, so no total minus visible counts
 * isolates a small programme.
 */
@ApplicationScoped
public class ResponseRateService {
    @Inject
    EntityManager entityManager;

    @Inject
    CampaignAccess campaigns;

    @Inject
    CallerScope caller;

    private record Row(String code, String institutionCode, int invited, int answered) {
    }

    @Transactional
    public Page<ResponseRateView> rates(UUID campaignId, RateLevel level, PageRequest page) {
        Campaign campaign = campaigns.visibleCampaign(campaignId);
        boolean regionWide = campaigns.regionWide(campaign.regionCode);
        boolean coc = caller.hasRole(Roles.COC) || caller.isSystem() && !caller.institutions().isEmpty();
        boolean programmeSide = caller.hasRole(Roles.PROGRAMME_DIRECTOR) || caller.hasRole(Roles.SUPERVISOR)
                || caller.isSystem() && !caller.programmes().isEmpty();
        if (!regionWide && !coc && !programmeSide) {
            throw ProblemException.forbidden("Response rates are for the region's coordinator and advisor, the COC and the programme side");
        }
        if (!regionWide && (level == RateLevel.REGION || level == RateLevel.INSTITUTION && !coc)) {
            throw ProblemException.forbidden("Response rates at %s level are not for this role", level.name().toLowerCase());
        }
        List<Row> rows = rows(campaignId, level);
        Predicate<Row> fullFigures = row -> regionWide || coc && campaigns.cocOf(row.institutionCode());
        Predicate<Row> ownProgramme = row -> programmeSide && level == RateLevel.PROGRAMME && campaigns.programmeSideOf(row.code());
        List<ResponseRateView> visible = rows.stream().filter(fullFigures.or(ownProgramme))
                .map(row -> fullFigures.test(row) || row.answered() >= campaign.threshold
                        ? new ResponseRateView(level, row.code(), row.institutionCode(), row.invited(), row.answered(),
                                ReportBuilder.rate(row.answered(), row.invited()), false)
                        : new ResponseRateView(level, row.code(), row.institutionCode(), null, null, null, true))
                .toList();
        int from = Math.min(page.offset(), visible.size());
        return Page.of(visible.subList(from, Math.min(from + page.size, visible.size())), page, visible.size());
    }

    private List<Row> rows(UUID campaignId, RateLevel level) {
        String sql = switch (level) {
            case PROGRAMME -> """
                    SELECT programme_code, min(institution_code), count(*), count(*) FILTER (WHERE used)
                    FROM invitation WHERE campaign_id = ?1 GROUP BY programme_code ORDER BY programme_code""";
            case INSTITUTION -> """
                    SELECT institution_code, institution_code, count(*), count(*) FILTER (WHERE used)
                    FROM invitation WHERE campaign_id = ?1 GROUP BY institution_code ORDER BY institution_code""";
            case REGION -> """
                    SELECT c.region_code, NULL, count(i.id), count(i.id) FILTER (WHERE i.used)
                    FROM campaign c LEFT JOIN invitation i ON i.campaign_id = c.id WHERE c.id = ?1 GROUP BY c.region_code""";
        };
        List<?> result = entityManager.createNativeQuery(sql).setParameter(1, campaignId).getResultList();
        return result.stream().map(Object[].class::cast)
                .map(r -> new Row((String) r[0], (String) r[1], ((Number) r[2]).intValue(), ((Number) r[3]).intValue())).toList();
    }
}

package nl.opleidingsklimaat.survey.rate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import nl.opleidingsklimaat.platform.paging.Page;
import nl.opleidingsklimaat.platform.paging.PageRequest;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.platform.security.CallerScope;
import nl.opleidingsklimaat.platform.security.Roles;
import nl.opleidingsklimaat.survey.campaign.Campaign;
import nl.opleidingsklimaat.survey.campaign.CampaignAccess;
import nl.opleidingsklimaat.survey.campaign.CampaignState;
import nl.opleidingsklimaat.survey.report.ReportBuilder;

/**
 * Response rates: live from the invitations' used flags while the campaign is open, from the stored responses after
 * closing. The region's coordinator and education advisor (and a machine token of the region) see every level; a COC
 * (or a machine token of the institution) its institutions and their programmes; the programme side only its own
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
        Row plus(Row other) {
            return new Row(code, institutionCode, invited + other.invited, answered + other.answered);
        }
    }

    @Transactional
    public Page<ResponseRateView> rates(UUID campaignId, RateLevel level, boolean onlyShort, PageRequest page) {
        Campaign campaign = campaigns.visibleCampaign(campaignId);
        boolean regionWide = campaigns.regionWide(campaign.regionCode);
        boolean coc = caller.hasRole(Roles.COC)
                || caller.isSystem() && !caller.institutions().isEmpty();
        boolean programmeSide = caller.hasRole(Roles.PROGRAMME_DIRECTOR)
                || caller.hasRole(Roles.SUPERVISOR)
                || caller.isSystem() && !caller.programmes().isEmpty();
        if (!regionWide && !coc && !programmeSide) {
            throw ProblemException.forbidden(
                    "Response rates are for the region's coordinator and advisor, the COC and the programme side");
        }
        if (!regionWide && (level == RateLevel.REGION || level == RateLevel.INSTITUTION && !coc)) {
            throw ProblemException.forbidden(
                    "Response rates at %s level are not for this role",
                    level.name().toLowerCase());
        }
        List<Row> rows = rows(campaign, level);
        Predicate<Row> fullFigures = row -> regionWide || coc && campaigns.institutionWide(row.institutionCode());
        Predicate<Row> ownProgramme =
                row -> programmeSide && level == RateLevel.PROGRAMME && campaigns.programmeWide(row.code());
        List<ResponseRateView> visible = rows.stream()
                .filter(fullFigures.or(ownProgramme))
                .map(row -> fullFigures.test(row) || row.answered() >= campaign.threshold
                        ? new ResponseRateView(
                                level,
                                row.code(),
                                row.institutionCode(),
                                row.invited(),
                                row.answered(),
                                ReportBuilder.rate(row.answered(), row.invited()),
                                false,
                                level == RateLevel.PROGRAMME && fullFigures.test(row)
                                        ? Math.max(0, campaign.threshold - row.answered())
                                        : null)
                        : ResponseRateView.withheld(level, row.code(), row.institutionCode()))
                .filter(view -> !onlyShort || view.shortOfThreshold() != null && view.shortOfThreshold() > 0)
                .toList();
        int from = Math.min(page.offset(), visible.size());
        return Page.of(visible.subList(from, Math.min(from + page.size, visible.size())), page, visible.size());
    }

    /**
     * Invited and answered per programme, summed per institution or for the region. While the campaign is open an
     * answer shows as its invitation's used flag; from closing on the invitations no longer record who took part, and
     * the answered count is the number of (unlinkable) responses of the programme.
     */
    private List<Row> rows(Campaign campaign, RateLevel level) {
        boolean live = campaign.state == CampaignState.DRAFT || campaign.state == CampaignState.OPEN;
        String answered = live
                ? "count(*) FILTER (WHERE i.used)"
                : "(SELECT count(*) FROM response r WHERE r.campaign_id = i.campaign_id AND r.programme_code = i.programme_code)";
        List<?> result = entityManager
                .createNativeQuery("""
                SELECT i.programme_code, min(i.institution_code), count(*), %s
                FROM invitation i WHERE i.campaign_id = ?1 GROUP BY i.campaign_id, i.programme_code ORDER BY i.programme_code""".formatted(answered))
                .setParameter(1, campaign.id)
                .getResultList();
        List<Row> programmes = result.stream()
                .map(Object[].class::cast)
                .map(r -> new Row((String) r[0], (String) r[1], ((Number) r[2]).intValue(), ((Number) r[3]).intValue()))
                .toList();
        return switch (level) {
            case PROGRAMME -> programmes;
            case INSTITUTION -> {
                Map<String, Row> institutions = new TreeMap<>();
                programmes.forEach(p -> institutions.merge(
                        p.institutionCode(),
                        new Row(p.institutionCode(), p.institutionCode(), p.invited(), p.answered()),
                        Row::plus));
                yield List.copyOf(institutions.values());
            }
            case REGION -> List.of(programmes.stream().reduce(new Row(campaign.regionCode, null, 0, 0), Row::plus));
        };
    }
}

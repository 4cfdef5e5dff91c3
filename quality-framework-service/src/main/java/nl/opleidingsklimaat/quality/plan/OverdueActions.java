package nl.opleidingsklimaat.quality.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.opleidingsklimaat.platform.paging.Page;
import nl.opleidingsklimaat.platform.paging.PageRequest;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.quality.access.Visibility;
import nl.opleidingsklimaat.quality.registry.Institution;

/** Open actions past their due date in plans that are not closed, per institution. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OverdueActions {

    @Inject
    Visibility visibility;

    private static final String FROM =
            " from PlanAction a, ImprovementPlan p where a.planId = p.id and p.institutionCode = :institution"
                    + " and p.state <> :closed and a.status in :open and a.dueDate < :today";

    /** {@link #of} for an institution the caller may see; 404 otherwise. */
    public Page<OverdueAction> ofVisibleInstitution(String institutionCode, PageRequest page) {
        Institution institution = Institution.findById(institutionCode);
        if (institution == null || !visibility.institution(institution.code, institution.regionCode)) {
            throw ProblemException.notFound("Institution %s not found", institutionCode);
        }
        return of(institution.code, page);
    }

    public Page<OverdueAction> of(String institutionCode, PageRequest page) {
        LocalDate today = PlanService.today();
        var em = ImprovementPlan.getEntityManager();
        long total = em.createQuery("select count(a)" + FROM, Long.class)
                .setParameter("institution", institutionCode)
                .setParameter("closed", PlanState.CLOSED)
                .setParameter("open", List.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS))
                .setParameter("today", today)
                .getSingleResult();
        List<Object[]> rows = em.createQuery("select a, p" + FROM + " order by a.dueDate, a.id", Object[].class)
                .setParameter("institution", institutionCode)
                .setParameter("closed", PlanState.CLOSED)
                .setParameter("open", List.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS))
                .setParameter("today", today)
                .setFirstResult(page.offset())
                .setMaxResults(page.size)
                .getResultList();
        List<OverdueAction> items = rows.stream()
                .map(row -> {
                    PlanAction a = (PlanAction) row[0];
                    ImprovementPlan p = (ImprovementPlan) row[1];
                    return new OverdueAction(
                            p.id,
                            p.title,
                            p.subjectCode,
                            a.id,
                            a.what,
                            a.ownerReference,
                            a.dueDate,
                            ChronoUnit.DAYS.between(a.dueDate, today));
                })
                .toList();
        return Page.of(items, page, total);
    }

    public long countForSubject(String subjectCode) {
        return PlanAction.getEntityManager()
                .createQuery(
                        "select count(a) from PlanAction a, ImprovementPlan p where a.planId = p.id"
                                + " and p.subjectCode = :subject and p.state <> :closed and a.status in :open and a.dueDate < :today",
                        Long.class)
                .setParameter("subject", subjectCode)
                .setParameter("closed", PlanState.CLOSED)
                .setParameter("open", List.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS))
                .setParameter("today", PlanService.today())
                .getSingleResult();
    }
}

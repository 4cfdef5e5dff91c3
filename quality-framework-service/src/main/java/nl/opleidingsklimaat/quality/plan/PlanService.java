package nl.opleidingsklimaat.quality.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.opleidingsklimaat.contracts.Subjects;
import nl.opleidingsklimaat.contracts.quality.ImprovementPlanClosed;
import nl.opleidingsklimaat.contracts.quality.ImprovementPlanOpened;
import nl.opleidingsklimaat.contracts.quality.QualityEvents;
import nl.opleidingsklimaat.platform.conditional.Preconditions;
import nl.opleidingsklimaat.platform.outbox.Outbox;
import nl.opleidingsklimaat.platform.paging.Page;
import nl.opleidingsklimaat.platform.paging.PageRequest;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.quality.access.Filters;
import nl.opleidingsklimaat.quality.access.SubjectRef;
import nl.opleidingsklimaat.quality.access.SubjectResolver;
import nl.opleidingsklimaat.quality.access.Visibility;
import nl.opleidingsklimaat.quality.assessment.SubjectType;
import nl.opleidingsklimaat.quality.framework.FrameworkDomain;

/**
 * Improvement plans and their PDCA rules: PLAN -> DO needs at least one open action with an owner and a due date;
 * DO -> CHECK names the next measurement; CHECK -> ACT -> CLOSED. Every change is written to the plan's history; a
 * programme's plan announces its opening and closing on {@code quality.v1}.
 */
@ApplicationScoped
public class PlanService {

    @Inject
    Preconditions preconditions;

    @Inject
    SubjectResolver subjects;

    @Inject
    Visibility visibility;

    @Inject
    Outbox outbox;

    @Transactional
    public PlanSummary open(NewPlan request) {
        SubjectRef subject = subjects.find(request.subjectType(), request.subjectCode())
                .filter(visibility::subject)
                .orElseThrow(() ->
                        ProblemException.notFound("%s %s not found", request.subjectType(), request.subjectCode()));
        if (request.sourceCampaignId() != null
                && ImprovementPlan.count(
                                "subjectType = ?1 and subjectCode = ?2 and sourceCampaignId = ?3",
                                subject.type(),
                                subject.code(),
                                request.sourceCampaignId())
                        > 0) {
            throw ProblemException.conflict(
                    "%s %s already has a plan for campaign %s",
                    subject.type(), subject.code(), request.sourceCampaignId());
        }
        return PlanSummary.of(open(
                subject, request.cycle(), request.title(), request.sourceCampaignId(), visibility.personReference()));
    }

    /**
     * Opens the draft plans released reports ask for, in order: one per programme and campaign, so none where one exists
     * or an earlier draft of the list opened it. For a burst of reports: one query, and the rows written in batches.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void openDraftsFromReports(List<ReportDraft> drafts) {
        if (drafts.isEmpty()) {
            return;
        }
        Set<CampaignPlan> opened = campaignPlansOf(drafts);
        List<ImprovementPlan> plans = new ArrayList<>();
        List<PlanAction> actions = new ArrayList<>();
        List<PlanHistory> history = new ArrayList<>();
        for (ReportDraft draft : drafts) {
            if (opened.add(new CampaignPlan(draft.programme().code(), draft.campaignId()))) {
                ImprovementPlan plan =
                        newPlan(draft.programme(), draft.cycle(), draft.title(), draft.campaignId(), "system");
                plans.add(plan);
                history.add(PlanHistory.entry(plan.id, "system", "Plan opened: " + plan.title, null, PlanState.PLAN));
                for (String point : actionsSeededBy(draft)) {
                    actions.add(newAction(plan, point, null, null, "opleidingsklimaat"));
                    history.add(PlanHistory.entry(plan.id, "system", "Action added: " + point, null, null));
                }
            }
        }
        ImprovementPlan.persist(plans);
        PlanAction.persist(actions);
        PlanHistory.persist(history);
        outbox.recordAll(
                QualityEvents.IMPROVEMENT_PLAN_OPENED,
                plans.stream().map(PlanService::opened).toList());
    }

    /** A programme's plan for a source campaign; there is at most one. */
    private record CampaignPlan(String programmeCode, UUID campaignId) {}

    /** The report's attention points that make an action: the ones with text, cut to what an action holds. */
    private static List<String> actionsSeededBy(ReportDraft draft) {
        return (draft.attentionPoints() == null ? List.<String>of() : draft.attentionPoints())
                .stream()
                        .filter(point -> point != null && !point.isBlank())
                        .map(point -> point.length() > 1000 ? point.substring(0, 1000) : point)
                        .toList();
    }

    private static Set<CampaignPlan> campaignPlansOf(List<ReportDraft> drafts) {
        return ImprovementPlan.<ImprovementPlan>list(
                        "subjectType = ?1 and subjectCode in ?2 and sourceCampaignId in ?3",
                        SubjectType.PROGRAMME,
                        drafts.stream().map(draft -> draft.programme().code()).collect(Collectors.toSet()),
                        drafts.stream().map(ReportDraft::campaignId).collect(Collectors.toSet()))
                .stream()
                .map(plan -> new CampaignPlan(plan.subjectCode, plan.sourceCampaignId))
                .collect(Collectors.toCollection(HashSet::new));
    }

    private ImprovementPlan open(SubjectRef subject, String cycle, String title, UUID campaignId, String by) {
        ImprovementPlan plan = newPlan(subject, cycle, title, campaignId, by);
        plan.persist();
        PlanHistory.record(plan.id, by, "Plan opened: " + title, null, PlanState.PLAN);
        if (plan.subjectType == SubjectType.PROGRAMME) {
            outbox.recordAll(QualityEvents.IMPROVEMENT_PLAN_OPENED, List.of(opened(plan)));
        }
        return plan;
    }

    private static ImprovementPlan newPlan(SubjectRef subject, String cycle, String title, UUID campaignId, String by) {
        ImprovementPlan plan = new ImprovementPlan();
        plan.id = UUID.randomUUID();
        plan.subjectType = subject.type();
        plan.subjectCode = subject.code();
        plan.programmeCode = subject.programmeCode();
        plan.institutionCode = subject.institutionCode();
        plan.regionCode = subject.regionCode();
        plan.cycle = cycle;
        plan.title = title;
        plan.sourceCampaignId = campaignId;
        plan.state = PlanState.PLAN;
        plan.createdAt = OffsetDateTime.now();
        plan.createdBy = by;
        return plan;
    }

    /** What a programme's plan announces on {@code quality.v1} when it opens. */
    private static Outbox.Message<ImprovementPlanOpened> opened(ImprovementPlan plan) {
        return new Outbox.Message<>(
                Subjects.programme(plan.subjectCode),
                new ImprovementPlanOpened(
                        plan.id, plan.subjectCode, plan.cycle, plan.sourceCampaignId, plan.state.name()));
    }

    /** The plan, or 404 when absent or outside the caller's scope. */
    public ImprovementPlan visible(UUID id) {
        ImprovementPlan plan = ImprovementPlan.findById(id);
        if (plan == null
                || !visibility.subject(new SubjectRef(
                        plan.subjectType,
                        plan.subjectCode,
                        plan.programmeCode,
                        plan.institutionCode,
                        plan.regionCode))) {
            throw ProblemException.notFound("Improvement plan %s not found", id);
        }
        return plan;
    }

    @Transactional
    public ActionView addAction(UUID planId, NewAction request) {
        ImprovementPlan plan = visible(planId);
        plan.requireNotClosed();
        requireDomain(request.domainCode());
        PlanAction action = addAction(
                plan,
                request.what(),
                request.ownerReference(),
                request.dueDate(),
                request.domainCode(),
                visibility.personReference());
        action.ownerEmail = request.ownerEmail();
        return ActionView.of(action, today());
    }

    private static PlanAction addAction(
            ImprovementPlan plan, String what, String owner, LocalDate due, String domain, String by) {
        PlanAction action = newAction(plan, what, owner, due, domain);
        action.persist();
        PlanHistory.record(plan.id, by, "Action added: " + what, null, null);
        return action;
    }

    private static PlanAction newAction(ImprovementPlan plan, String what, String owner, LocalDate due, String domain) {
        PlanAction action = new PlanAction();
        action.id = UUID.randomUUID();
        action.planId = plan.id;
        action.what = what;
        action.ownerReference = owner;
        action.dueDate = due;
        action.domainCode = domain;
        action.createdAt = OffsetDateTime.now();
        action.updatedAt = action.createdAt;
        return action;
    }

    @Transactional
    public ActionView updateAction(UUID planId, UUID actionId, ActionUpdate update) {
        ImprovementPlan plan = visible(planId);
        plan.requireNotClosed();
        requireDomain(update.domainCode());
        PlanAction action =
                PlanAction.find("id = ?1 and planId = ?2", actionId, plan.id).firstResult();
        if (action == null) {
            throw ProblemException.notFound("Action %s is not part of plan %s", actionId, planId);
        }
        preconditions.requireIfMatch(action, () -> ActionView.of(action, today()));
        action.what = update.what();
        action.ownerReference = update.ownerReference();
        action.ownerEmail = update.ownerEmail();
        action.dueDate = update.dueDate();
        action.domainCode = update.domainCode();
        ActionStatus before = action.status;
        action.status = update.status();
        action.updatedAt = OffsetDateTime.now();
        PlanHistory.record(
                plan.id,
                visibility.personReference(),
                "Action updated: " + action.what
                        + (before != action.status ? " (" + before + " -> " + action.status + ")" : ""),
                null,
                null);
        return ActionView.of(action, today());
    }

    @Transactional
    public PlanSummary transition(UUID planId, Transition transition) {
        ImprovementPlan plan = visible(planId);
        preconditions.honourIfMatch(plan, () -> details(planId));
        PlanState from = plan.state;
        List<PlanAction> actions = transition.to() == PlanState.DO ? PlanAction.list("planId", plan.id) : List.of();
        plan.moveTo(transition.to(), transition.nextMeasurement(), actions, OffsetDateTime.now());
        String note = transition.note() == null || transition.note().isBlank() ? "" : ": " + transition.note();
        PlanHistory.record(
                plan.id,
                visibility.personReference(),
                "Moved from " + from + " to " + plan.state + note,
                from,
                plan.state);
        if (plan.state == PlanState.CLOSED && plan.subjectType == SubjectType.PROGRAMME) {
            outbox.record(
                    QualityEvents.IMPROVEMENT_PLAN_CLOSED,
                    Subjects.programme(plan.subjectCode),
                    new ImprovementPlanClosed(
                            plan.id, plan.subjectCode, plan.cycle, plan.sourceCampaignId, plan.state.name()));
        }
        return PlanSummary.of(plan);
    }

    private static void requireDomain(String domainCode) {
        if (domainCode != null && FrameworkDomain.count("code", domainCode) == 0) {
            throw ProblemException.invalidField("domainCode", "is not a domain of the quality framework");
        }
    }

    public static LocalDate today() {
        return LocalDate.now(Clock.systemDefaultZone());
    }

    /** The plans within the caller's scope that match the filters, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PlanSummary> list(Filters filters, PageRequest page) {
        return Page.of(
                ImprovementPlan.<ImprovementPlan>find(filters.query("createdAt desc"), filters.parameters()),
                page,
                PlanSummary::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanDetails details(UUID id) {
        ImprovementPlan plan = visible(id);
        LocalDate today = today();
        return new PlanDetails(
                PlanSummary.of(plan),
                PlanAction.<PlanAction>list("planId = ?1 order by createdAt, id", plan.id).stream()
                        .map(a -> ActionView.of(a, today))
                        .toList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ActionView action(UUID id, UUID actionId) {
        ImprovementPlan plan = visible(id);
        PlanAction action =
                PlanAction.find("id = ?1 and planId = ?2", actionId, plan.id).firstResult();
        if (action == null) {
            throw ProblemException.notFound("Action %s is not part of plan %s", actionId, id);
        }
        return ActionView.of(action, today());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<HistoryView> history(UUID id, PageRequest page) {
        ImprovementPlan plan = visible(id);
        return Page.of(
                PlanHistory.<PlanHistory>find("planId = ?1 order by " + PlanHistory.IN_ORDER, plan.id),
                page,
                HistoryView::of);
    }
}

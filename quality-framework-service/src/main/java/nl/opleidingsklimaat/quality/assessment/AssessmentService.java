package nl.opleidingsklimaat.quality.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.opleidingsklimaat.platform.conditional.Preconditions;
import nl.opleidingsklimaat.platform.paging.Page;
import nl.opleidingsklimaat.platform.paging.PageRequest;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.quality.access.Filters;
import nl.opleidingsklimaat.quality.access.SubjectRef;
import nl.opleidingsklimaat.quality.access.SubjectResolver;
import nl.opleidingsklimaat.quality.access.Visibility;
import nl.opleidingsklimaat.quality.framework.Framework;
import nl.opleidingsklimaat.quality.framework.FrameworkFiles;
import nl.opleidingsklimaat.quality.framework.FrameworkItem;
import nl.opleidingsklimaat.quality.framework.FrameworkTask;
import nl.opleidingsklimaat.quality.framework.FrameworkTasks;

/**
 * Assessments of a subject per year against one framework version: task status, notes, evidence, coverage and gaps.
 * An assessment holds a row per task of the actors that assess its subject type, taken from its own framework
 * version, so importing a newer version leaves it untouched.
 */
@ApplicationScoped
public class AssessmentService {

    @Inject
    Preconditions preconditions;

    @Inject
    SubjectResolver subjects;

    @Inject
    Visibility visibility;

    @Inject
    FrameworkFiles frameworkFiles;

    @Inject
    FrameworkTasks frameworkTasks;

    @Transactional
    public AssessmentSummary create(NewAssessment request) {
        SubjectRef subject = subjects.find(request.subjectType(), request.subjectCode())
                .filter(visibility::subject)
                .orElseThrow(() ->
                        ProblemException.notFound("%s %s not found", request.subjectType(), request.subjectCode()));
        Framework framework =
                request.frameworkId() == null ? defaultFramework() : Framework.findById(request.frameworkId());
        if (framework == null) {
            throw ProblemException.unprocessable("frameworkId: framework %s does not exist", request.frameworkId());
        }
        if (Assessment.count(
                        "subjectType = ?1 and subjectCode = ?2 and year = ?3 and frameworkId = ?4",
                        subject.type(),
                        subject.code(),
                        request.year(),
                        framework.id)
                > 0) {
            throw ProblemException.conflict(
                    "%s %s already has an assessment for %d on this framework version",
                    subject.type(), subject.code(), request.year());
        }
        return AssessmentSummary.of(create(subject, request.year(), framework, visibility.personReference()));
    }

    /**
     * The assessment events add evidence to: the subject's assessment of the year on the default framework, made on its
     * newest version when there is none.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Assessment forEvidence(SubjectRef subject, int year) {
        SubjectYear wanted = new SubjectYear(subject, year);
        return forEvidence(Set.of(wanted)).get(wanted);
    }

    /** {@link #forEvidence(SubjectRef, int)} for a burst of events: one query for all, and the missing ones made in batches. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<SubjectYear, Assessment> forEvidence(Set<SubjectYear> wanted) {
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Map<AssessmentKey, Assessment> assessments = newestOnDefaultFramework(wanted);
        Set<SubjectYear> missing = wanted.stream()
                .filter(w -> !assessments.containsKey(AssessmentKey.of(w)))
                .collect(Collectors.toSet());
        if (!missing.isEmpty()) {
            Framework framework = defaultFramework();
            List<Assessment> made = new ArrayList<>();
            for (SubjectYear subjectYear : missing) {
                Assessment assessment = newAssessment(subjectYear.subject(), subjectYear.year(), framework, "system");
                if (assessments.putIfAbsent(AssessmentKey.of(subjectYear), assessment) == null) {
                    made.add(assessment);
                }
            }
            persistWithTasks(made, framework);
        }
        return wanted.stream()
                .collect(Collectors.toMap(Function.identity(), w -> assessments.get(AssessmentKey.of(w))));
    }

    /** The subjects' newest assessment of each year on the default framework, whichever of its versions. */
    private Map<AssessmentKey, Assessment> newestOnDefaultFramework(Set<SubjectYear> wanted) {
        Map<AssessmentKey, Assessment> newest = new HashMap<>();
        Assessment.<Assessment>list(
                        "subjectType in ?1 and subjectCode in ?2 and year in ?3"
                                + " and frameworkId in (select f.id from Framework f where f.code = ?4) order by createdAt desc",
                        wanted.stream().map(w -> w.subject().type()).collect(Collectors.toSet()),
                        wanted.stream().map(w -> w.subject().code()).collect(Collectors.toSet()),
                        wanted.stream().map(SubjectYear::year).collect(Collectors.toSet()),
                        frameworkFiles.defaultCode())
                .forEach(assessment -> newest.putIfAbsent(AssessmentKey.of(assessment), assessment));
        return newest;
    }

    /** Which assessment an event's evidence goes to, whatever else the subject reference says. */
    private record AssessmentKey(SubjectType type, String code, int year) {
        static AssessmentKey of(Assessment assessment) {
            return new AssessmentKey(assessment.subjectType, assessment.subjectCode, assessment.year);
        }

        static AssessmentKey of(SubjectYear subjectYear) {
            return new AssessmentKey(
                    subjectYear.subject().type(), subjectYear.subject().code(), subjectYear.year());
        }
    }

    private Assessment create(SubjectRef subject, int year, Framework framework, String by) {
        Assessment assessment = newAssessment(subject, year, framework, by);
        persistWithTasks(List.of(assessment), framework);
        return assessment;
    }

    private static Assessment newAssessment(SubjectRef subject, int year, Framework framework, String by) {
        Assessment assessment = new Assessment();
        assessment.id = UUID.randomUUID();
        assessment.subjectType = subject.type();
        assessment.subjectCode = subject.code();
        assessment.year = year;
        assessment.frameworkId = framework.id;
        assessment.programmeCode = subject.programmeCode();
        assessment.institutionCode = subject.institutionCode();
        assessment.regionCode = subject.regionCode();
        assessment.createdAt = OffsetDateTime.now();
        assessment.createdBy = by;
        return assessment;
    }

    /**
     * Stores the assessments of one framework version, each with a row per task of the actors that assess its subject;
     * all assessments before all tasks, so each kind of row reaches the database in batches.
     */
    private void persistWithTasks(List<Assessment> assessments, Framework framework) {
        List<AssessmentTask> tasks = new ArrayList<>();
        for (Assessment assessment : assessments) {
            for (FrameworkTask item : tasksAssessing(framework, assessment.subjectType)) {
                AssessmentTask task = new AssessmentTask();
                task.id = UUID.randomUUID();
                task.assessmentId = assessment.id;
                task.taskId = item.itemId();
                task.actorCode = item.actorCode();
                task.domainCode = item.domainCode();
                task.position = item.position();
                task.updatedAt = assessment.createdAt;
                tasks.add(task);
            }
        }
        Assessment.persist(assessments);
        AssessmentTask.persist(tasks);
    }

    private List<FrameworkTask> tasksAssessing(Framework framework, SubjectType subjectType) {
        return frameworkTasks
                .of(framework.id, subjectType)
                .orElseThrow(() -> ProblemException.unprocessable(
                        "Framework %s version %s has no actor that assesses a %s",
                        framework.code, framework.version, subjectType));
    }

    private Framework defaultFramework() {
        Framework framework = Framework.latest(frameworkFiles.defaultCode());
        if (framework == null) {
            throw ProblemException.unprocessable(
                    "No version of framework %s has been imported", frameworkFiles.defaultCode());
        }
        return framework;
    }

    /** The assessment, or 404 when absent or outside the caller's scope. */
    public Assessment visible(UUID id) {
        Assessment assessment = Assessment.findById(id);
        if (assessment == null
                || !visibility.subject(new SubjectRef(
                        assessment.subjectType,
                        assessment.subjectCode,
                        assessment.programmeCode,
                        assessment.institutionCode,
                        assessment.regionCode))) {
            throw ProblemException.notFound("Assessment %s not found", id);
        }
        return assessment;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AssessmentDetails details(UUID id) {
        Assessment assessment = visible(id);
        return new AssessmentDetails(AssessmentSummary.of(assessment), taskViews(assessment));
    }

    @Transactional
    public TaskView updateTask(UUID id, UUID taskId, TaskUpdate update) {
        Assessment assessment = visible(id);
        AssessmentTask task = AssessmentTask.find("assessmentId = ?1 and taskId = ?2", assessment.id, taskId)
                .firstResult();
        if (task == null) {
            throw ProblemException.notFound("Task %s is not part of assessment %s", taskId, id);
        }
        preconditions.requireIfMatch(task, () -> taskView(assessment, taskId));
        boolean hasReason = update.notApplicableReason() != null
                && !update.notApplicableReason().isBlank();
        if (update.status() == TaskStatus.NOT_APPLICABLE && !hasReason) {
            throw ProblemException.invalidField("notApplicableReason", "is required when the status is NOT_APPLICABLE");
        }
        task.status = update.status();
        task.notApplicableReason = update.status() == TaskStatus.NOT_APPLICABLE ? update.notApplicableReason() : null;
        task.notes = update.notes();
        task.updatedAt = OffsetDateTime.now();
        task.updatedBy = visibility.personReference();
        return taskView(assessment, taskId);
    }

    /** One task of the assessment, as its list shows it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TaskView task(UUID id, UUID taskId) {
        Assessment assessment = visible(id);
        return taskView(assessment, taskId);
    }

    private TaskView taskView(Assessment assessment, UUID taskId) {
        return taskViews(assessment).stream()
                .filter(t -> t.taskId().equals(taskId))
                .findFirst()
                .orElseThrow(
                        () -> ProblemException.notFound("Task %s is not part of assessment %s", taskId, assessment.id));
    }

    @Transactional
    public EvidenceView addEvidence(UUID id, NewEvidence request) {
        Assessment assessment = visible(id);
        boolean cellExists = AssessmentTask.count(
                        "assessmentId = ?1 and actorCode = ?2 and domainCode = ?3",
                        assessment.id,
                        request.actorCode(),
                        request.domainCode())
                > 0;
        if (!cellExists) {
            throw ProblemException.unprocessable(
                    "Actor %s / domain %s is not a cell of this assessment", request.actorCode(), request.domainCode());
        }
        if (request.taskId() != null
                && AssessmentTask.count(
                                "assessmentId = ?1 and taskId = ?2 and actorCode = ?3 and domainCode = ?4",
                                assessment.id,
                                request.taskId(),
                                request.actorCode(),
                                request.domainCode())
                        == 0) {
            throw ProblemException.unprocessable(
                    "Task %s is not in the cell %s / %s", request.taskId(), request.actorCode(), request.domainCode());
        }
        if (isBlank(request.link()) && isBlank(request.documentReference())) {
            throw ProblemException.invalidField("link", "give a link or a documentReference");
        }
        Evidence evidence = new Evidence();
        evidence.id = UUID.randomUUID();
        evidence.assessmentId = assessment.id;
        evidence.actorCode = request.actorCode();
        evidence.domainCode = request.domainCode();
        evidence.taskId = request.taskId();
        evidence.title = request.title();
        evidence.kind = request.kind();
        evidence.link = request.link();
        evidence.documentReference = request.documentReference();
        evidence.addedBy = visibility.personReference();
        evidence.addedAt = OffsetDateTime.now();
        evidence.persist();
        return EvidenceView.of(evidence);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Coverage coverage(UUID id) {
        return coverageOf(visible(id));
    }

    /** Coverage without a scope check, for dashboards that have checked scope on the subject already. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Coverage coverageOf(Assessment assessment) {
        List<AssessmentTask> tasks =
                AssessmentTask.list("assessmentId = ?1 order by actorCode, domainCode, position", assessment.id);
        List<Evidence> evidence = Evidence.list("assessmentId", assessment.id);
        Set<UUID> tasksWithEvidence = evidence.stream()
                .filter(e -> e.taskId != null)
                .map(e -> e.taskId)
                .collect(Collectors.toSet());
        Map<String, List<AssessmentTask>> byCell = tasks.stream()
                .collect(Collectors.groupingBy(
                        t -> t.actorCode + "|" + t.domainCode, java.util.LinkedHashMap::new, Collectors.toList()));
        Map<String, Long> evidenceByCell = evidence.stream()
                .collect(Collectors.groupingBy(e -> e.actorCode + "|" + e.domainCode, Collectors.counting()));
        List<CellCoverage> cells = new ArrayList<>();
        for (var cell : byCell.entrySet()) {
            List<AssessmentTask> cellTasks = cell.getValue();
            cells.add(new CellCoverage(
                    cellTasks.get(0).actorCode,
                    cellTasks.get(0).domainCode,
                    cellTasks.size(),
                    count(cellTasks, TaskStatus.MET),
                    count(cellTasks, TaskStatus.IN_PROGRESS),
                    count(cellTasks, TaskStatus.NOT_APPLICABLE),
                    (int) cellTasks.stream()
                            .filter(t -> tasksWithEvidence.contains(t.taskId))
                            .count(),
                    evidenceByCell.getOrDefault(cell.getKey(), 0L)));
        }
        int met = count(tasks, TaskStatus.MET);
        int notApplicable = count(tasks, TaskStatus.NOT_APPLICABLE);
        int applicable = tasks.size() - notApplicable;
        int percent = applicable == 0 ? 100 : Math.round(100f * met / applicable);
        return new Coverage(
                assessment.id,
                tasks.size(),
                met,
                notApplicable,
                (int) tasks.stream()
                        .filter(t -> tasksWithEvidence.contains(t.taskId))
                        .count(),
                evidence.size(),
                percent,
                cells);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Gap> gaps(UUID id) {
        Assessment assessment = visible(id);
        Set<UUID> tasksWithEvidence =
                Evidence.<Evidence>list("assessmentId = ?1 and taskId is not null", assessment.id).stream()
                        .map(e -> e.taskId)
                        .collect(Collectors.toSet());
        Map<UUID, FrameworkItem> items = items(assessment);
        return AssessmentTask.<AssessmentTask>list(
                        "assessmentId = ?1 and status not in ?2 order by actorCode, domainCode, position",
                        assessment.id,
                        List.of(TaskStatus.MET, TaskStatus.NOT_APPLICABLE))
                .stream()
                .map(t -> new Gap(
                        t.taskId,
                        t.actorCode,
                        t.domainCode,
                        t.position,
                        items.get(t.taskId).text,
                        t.status,
                        tasksWithEvidence.contains(t.taskId)))
                .toList();
    }

    private List<TaskView> taskViews(Assessment assessment) {
        Map<UUID, FrameworkItem> items = items(assessment);
        Map<UUID, Long> evidenceCounts =
                Evidence.<Evidence>list("assessmentId = ?1 and taskId is not null", assessment.id).stream()
                        .collect(Collectors.groupingBy(e -> e.taskId, Collectors.counting()));
        return AssessmentTask.<AssessmentTask>list(
                        "assessmentId = ?1 order by actorCode, domainCode, position", assessment.id)
                .stream()
                .map(t -> new TaskView(
                        t.taskId,
                        t.actorCode,
                        t.domainCode,
                        t.position,
                        items.get(t.taskId).text,
                        t.status,
                        t.notApplicableReason,
                        t.notes,
                        evidenceCounts.getOrDefault(t.taskId, 0L),
                        t.updatedAt))
                .toList();
    }

    private static Map<UUID, FrameworkItem> items(Assessment assessment) {
        return FrameworkItem.<FrameworkItem>list(
                        "frameworkId = ?1 and kind = ?2", assessment.frameworkId, FrameworkItem.Kind.TASK)
                .stream()
                .collect(Collectors.toMap(i -> i.id, Function.identity()));
    }

    private static int count(List<AssessmentTask> tasks, TaskStatus status) {
        return (int) tasks.stream().filter(t -> t.status == status).count();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** The assessments within the caller's scope that match the filters, newest year first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AssessmentSummary> list(Filters filters, PageRequest page) {
        return Page.of(
                Assessment.<Assessment>find(filters.query("year desc, subjectCode"), filters.parameters()),
                page,
                AssessmentSummary::of);
    }

    /** The evidence of an assessment the caller may see, newest first, optionally of one actor or domain. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<EvidenceView> evidence(UUID id, String actorCode, String domainCode, PageRequest page) {
        Assessment assessment = visible(id);
        Filters filters = Filters.all()
                .equal("assessmentId", "assessmentId", assessment.id)
                .equal("actorCode", "actorCode", actorCode)
                .equal("domainCode", "domainCode", domainCode);
        return Page.of(
                Evidence.<Evidence>find(filters.query("addedAt desc"), filters.parameters()), page, EvidenceView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EvidenceView evidenceItem(UUID id, UUID evidenceId) {
        Assessment assessment = visible(id);
        Evidence evidence = Evidence.find("id = ?1 and assessmentId = ?2", evidenceId, assessment.id)
                .firstResult();
        if (evidence == null) {
            throw ProblemException.notFound("Evidence %s is not part of assessment %s", evidenceId, id);
        }
        return EvidenceView.of(evidence);
    }
}

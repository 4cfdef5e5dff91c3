package nl.opleidingsklimaat.quality.framework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.opleidingsklimaat.platform.paging.Page;
import nl.opleidingsklimaat.platform.paging.PageRequest;
import nl.opleidingsklimaat.platform.problem.Problem;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.quality.access.Filters;

/** Imports framework versions (each import is a new, immutable version) and reads them as a matrix or in slices. */
@ApplicationScoped
public class FrameworkService {

    @Transactional
    public Summary importVersion(FrameworkDocument document) {
        checkCompleteness(document);
        if (Framework.count("code = ?1 and version = ?2", document.code(), document.version()) > 0) {
            throw ProblemException.conflict(
                    "Framework %s version %s already exists; import a new version",
                    document.code(), document.version());
        }
        Framework framework = new Framework();
        framework.id = UUID.randomUUID();
        framework.code = document.code();
        framework.version = document.version();
        framework.title = document.title();
        framework.source = document.source();
        framework.introduction = document.introduction();
        framework.disclaimer = document.disclaimer();
        framework.importedAt = OffsetDateTime.now();
        framework.persist();
        int position = 0;
        for (FrameworkDocument.Domain d : document.domains()) {
            FrameworkDomain domain = new FrameworkDomain();
            domain.id = UUID.randomUUID();
            domain.frameworkId = framework.id;
            domain.code = d.code();
            domain.name = d.name();
            domain.position = position++;
            domain.persist();
        }
        position = 0;
        for (FrameworkDocument.Actor a : document.actors()) {
            FrameworkActor actor = new FrameworkActor();
            actor.id = UUID.randomUUID();
            actor.frameworkId = framework.id;
            actor.code = a.code();
            actor.name = a.name();
            actor.roleStatement = a.role();
            actor.tasksHeading = a.tasksHeading();
            actor.examplesHeading = a.examplesHeading();
            actor.subjectType = a.assessedSubject();
            actor.position = position++;
            actor.persist();
            for (FrameworkDocument.Cell cell : a.cells()) {
                persistItems(framework.id, a.code(), cell.domain(), FrameworkItem.Kind.TASK, cell.tasks());
                persistItems(
                        framework.id,
                        a.code(),
                        cell.domain(),
                        FrameworkItem.Kind.EVIDENCE_EXAMPLE,
                        cell.evidenceExamples());
            }
        }
        return Summary.of(framework);
    }

    /** Every actor has exactly one cell per domain, and codes are unique: a matrix with no holes. */
    private static void checkCompleteness(FrameworkDocument document) {
        List<Problem.Violation> violations = new ArrayList<>();
        Set<String> domains = new HashSet<>();
        for (int i = 0; i < document.domains().size(); i++) {
            if (!domains.add(document.domains().get(i).code())) {
                violations.add(new Problem.Violation("domains[" + i + "].code", "appears twice"));
            }
        }
        Set<String> actors = new HashSet<>();
        for (int i = 0; i < document.actors().size(); i++) {
            FrameworkDocument.Actor actor = document.actors().get(i);
            if (!actors.add(actor.code())) {
                violations.add(new Problem.Violation("actors[" + i + "].code", "appears twice"));
            }
            Set<String> cellDomains = new HashSet<>();
            for (int c = 0; c < actor.cells().size(); c++) {
                String domain = actor.cells().get(c).domain();
                if (!domains.contains(domain)) {
                    violations.add(new Problem.Violation(
                            "actors[" + i + "].cells[" + c + "].domain", "is not one of the framework's domains"));
                } else if (!cellDomains.add(domain)) {
                    violations.add(new Problem.Violation(
                            "actors[" + i + "].cells[" + c + "].domain", "appears twice for this actor"));
                }
            }
            if (violations.isEmpty() && !cellDomains.equals(domains)) {
                violations.add(new Problem.Violation("actors[" + i + "].cells", "must have one cell for every domain"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }

    private static void persistItems(
            UUID frameworkId,
            String actor,
            String domain,
            FrameworkItem.Kind kind,
            List<FrameworkDocument.Item> items) {
        for (int i = 0; i < items.size(); i++) {
            FrameworkItem item = new FrameworkItem();
            item.id = UUID.randomUUID();
            item.frameworkId = frameworkId;
            item.actorCode = actor;
            item.domainCode = domain;
            item.kind = kind;
            item.position = i + 1;
            item.text = items.get(i).text();
            item.details = items.get(i).details();
            item.persist();
        }
    }

    public Framework find(UUID id) {
        Framework framework = Framework.findById(id);
        if (framework == null) {
            throw ProblemException.notFound("Framework %s not found", id);
        }
        return framework;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Details details(UUID id) {
        Framework framework = find(id);
        return new Details(
                Summary.of(framework),
                framework.introduction,
                framework.disclaimer,
                domains(id),
                FrameworkActor.of(id).stream()
                        .map(a -> new ActorView(a.code, a.name, a.roleStatement, a.subjectType))
                        .toList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Matrix matrix(UUID id) {
        Framework framework = find(id);
        return new Matrix(Summary.of(framework), framework.disclaimer, domains(id), rows(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ActorSlice actor(UUID id, String actorCode) {
        Framework framework = find(id);
        return rows(id).stream()
                .filter(r -> r.code().equals(actorCode))
                .findFirst()
                .map(row -> new ActorSlice(Summary.of(framework), framework.disclaimer, row))
                .orElseThrow(() -> ProblemException.notFound("Actor %s is not in framework %s", actorCode, id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DomainSlice domain(UUID id, String domainCode) {
        Framework framework = find(id);
        DomainView domain = domains(id).stream()
                .filter(d -> d.code().equals(domainCode))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("Domain %s is not in framework %s", domainCode, id));
        List<CellView> cells = rows(id).stream()
                .flatMap(r -> r.cells().stream())
                .filter(c -> c.domainCode().equals(domainCode))
                .toList();
        return new DomainSlice(Summary.of(framework), framework.disclaimer, domain, cells);
    }

    private static List<DomainView> domains(UUID id) {
        return FrameworkDomain.of(id).stream()
                .map(d -> new DomainView(d.code, d.name))
                .toList();
    }

    private static List<ActorRow> rows(UUID id) {
        List<FrameworkDomain> domains = FrameworkDomain.of(id);
        Map<String, List<FrameworkItem>> itemsByCell =
                FrameworkItem.of(id).stream().collect(Collectors.groupingBy(i -> i.actorCode + "|" + i.domainCode));
        return FrameworkActor.of(id).stream()
                .map(actor -> new ActorRow(
                        actor.code,
                        actor.name,
                        actor.roleStatement,
                        actor.tasksHeading,
                        actor.examplesHeading,
                        domains.stream()
                                .map(domain -> {
                                    List<FrameworkItem> items =
                                            itemsByCell.getOrDefault(actor.code + "|" + domain.code, List.of());
                                    return new CellView(
                                            actor.code,
                                            domain.code,
                                            views(items, FrameworkItem.Kind.TASK),
                                            views(items, FrameworkItem.Kind.EVIDENCE_EXAMPLE));
                                })
                                .toList()))
                .toList();
    }

    private static List<ItemView> views(List<FrameworkItem> items, FrameworkItem.Kind kind) {
        return items.stream()
                .filter(i -> i.kind == kind)
                .map(i -> new ItemView(i.id, i.position, i.text, i.details == null ? List.of() : i.details))
                .toList();
    }

    /** The versions of a framework (all frameworks when no code is given), newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Summary> list(String code, PageRequest page) {
        Filters filters = Filters.all().equal("code", "code", code);
        return Page.of(
                Framework.<Framework>find(filters.query("importedAt desc"), filters.parameters()), page, Summary::of);
    }
}

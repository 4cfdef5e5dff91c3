package nl.opleidingsklimaat.quality.framework;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import nl.opleidingsklimaat.quality.assessment.SubjectType;

/**
 * The tasks a new assessment copies from its framework version, kept in memory: a version never changes after import,
 * and a burst of released reports would otherwise read the same 175 items for every assessment it makes.
 */
@ApplicationScoped
public class FrameworkTasks {

    private final Map<UUID, Map<SubjectType, List<FrameworkTask>>> byVersion = new ConcurrentHashMap<>();

    /**
     * The tasks of the actors that assess this type of subject in the framework version, in matrix order; nothing when
     * no actor of the version assesses that type (an actor without tasks gives an empty list).
     */
    public Optional<List<FrameworkTask>> of(UUID frameworkId, SubjectType subjectType) {
        return Optional.ofNullable(
                byVersion.computeIfAbsent(frameworkId, FrameworkTasks::load).get(subjectType));
    }

    private static Map<SubjectType, List<FrameworkTask>> load(UUID frameworkId) {
        List<FrameworkItem> items = FrameworkItem.of(frameworkId);
        Map<SubjectType, List<FrameworkTask>> tasks = new HashMap<>();
        Map<SubjectType, Set<String>> actorsBySubject = FrameworkActor.of(frameworkId).stream()
                .filter(actor -> actor.subjectType != null)
                .collect(Collectors.groupingBy(
                        actor -> actor.subjectType, Collectors.mapping(actor -> actor.code, Collectors.toSet())));
        actorsBySubject.forEach((subjectType, actors) -> tasks.put(
                subjectType,
                items.stream()
                        .filter(item -> item.kind == FrameworkItem.Kind.TASK && actors.contains(item.actorCode))
                        .map(item -> new FrameworkTask(item.id, item.actorCode, item.domainCode, item.position))
                        .toList()));
        return Map.copyOf(tasks);
    }
}

package nl.opleidingsklimaat.quality.framework;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Read models of a framework version. */
public final class FrameworkViews {
    private FrameworkViews() {}

    public record Summary(
            UUID id, String code, String version, String title, String source, OffsetDateTime importedAt) {
        static Summary of(Framework f) {
            return new Summary(f.id, f.code, f.version, f.title, f.source, f.importedAt);
        }
    }

    public record DomainView(String code, String name) {}

    public record ActorView(
            String code,
            String name,
            String role,
            nl.opleidingsklimaat.quality.assessment.SubjectType assessedSubject) {}

    public record Details(
            Summary framework,
            String introduction,
            String disclaimer,
            List<DomainView> domains,
            List<ActorView> actors) {}

    public record ItemView(UUID id, int position, String text, List<String> details) {}

    public record CellView(
            String actorCode, String domainCode, List<ItemView> tasks, List<ItemView> evidenceExamples) {}

    public record ActorRow(String code, String name, String role, String tasksHeading, List<CellView> cells) {}

    /** The whole matrix: one row per actor, one cell per domain. */
    public record Matrix(Summary framework, List<DomainView> domains, List<ActorRow> actors) {}

    public record ActorSlice(Summary framework, ActorRow actor) {}

    public record DomainSlice(Summary framework, DomainView domain, List<CellView> cells) {}
}

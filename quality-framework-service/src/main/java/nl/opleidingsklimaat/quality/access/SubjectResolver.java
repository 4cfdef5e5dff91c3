package nl.opleidingsklimaat.quality.access;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import nl.opleidingsklimaat.quality.assessment.SubjectType;
import nl.opleidingsklimaat.quality.registry.Cluster;
import nl.opleidingsklimaat.quality.registry.Institution;
import nl.opleidingsklimaat.quality.registry.Programme;
import nl.opleidingsklimaat.quality.registry.Region;

/** Finds a subject in the registry. */
@ApplicationScoped
public class SubjectResolver {

    public Optional<SubjectRef> find(SubjectType type, String code) {
        if (type == null || code == null) {
            return Optional.empty();
        }
        return switch (type) {
            case PROGRAMME ->
                Optional.ofNullable(Programme.<Programme>findById(code))
                        .map(p -> new SubjectRef(type, p.code, p.code, p.institutionCode, p.regionCode));
            case INSTITUTION ->
                Optional.ofNullable(Institution.<Institution>findById(code))
                        .map(i -> new SubjectRef(type, i.code, null, i.code, i.regionCode));
            case CLUSTER ->
                Optional.ofNullable(Cluster.<Cluster>findById(code))
                        .map(c -> new SubjectRef(type, c.code, null, null, c.regionCode));
            case REGION ->
                Optional.ofNullable(Region.<Region>findById(code))
                        .map(r -> new SubjectRef(type, r.code, null, null, r.code));
        };
    }

    public static boolean visible(Visibility visibility, SubjectRef subject) {
        return switch (subject.type()) {
            case PROGRAMME ->
                visibility.programme(subject.programmeCode(), subject.institutionCode(), subject.regionCode());
            case INSTITUTION -> visibility.institution(subject.institutionCode(), subject.regionCode());
            case CLUSTER, REGION -> visibility.region(subject.regionCode());
        };
    }
}

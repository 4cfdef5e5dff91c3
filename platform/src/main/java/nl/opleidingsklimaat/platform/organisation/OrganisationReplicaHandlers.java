package nl.opleidingsklimaat.platform.organisation;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import nl.opleidingsklimaat.contracts.CloudEvent;
import nl.opleidingsklimaat.contracts.EventType;
import nl.opleidingsklimaat.contracts.quality.InstitutionRegistered;
import nl.opleidingsklimaat.contracts.quality.ProgrammeRegistered;
import nl.opleidingsklimaat.contracts.quality.ProgrammeUpdated;
import nl.opleidingsklimaat.contracts.quality.QualityEvents;
import nl.opleidingsklimaat.platform.consumer.IntegrationEventHandler;

/**
 * Keep the organisation replica in step with quality.v1. Each event carries the whole new state, so applying it is
 * an upsert; one subject's events arrive in order (the subject is the record key). Enabled with the build property
 * {@code platform.organisation-replica.enabled=true}.
 */
public final class OrganisationReplicaHandlers {
    private static final String PROPERTY = "platform.organisation-replica.enabled";

    private OrganisationReplicaHandlers() {}

    @ApplicationScoped
    @IfBuildProperty(name = PROPERTY, stringValue = "true")
    public static class OnInstitutionRegistered implements IntegrationEventHandler<InstitutionRegistered> {
        @Override
        public EventType<InstitutionRegistered> eventType() {
            return QualityEvents.INSTITUTION_REGISTERED;
        }

        @Override
        public void handle(CloudEvent<InstitutionRegistered> event) {
            InstitutionRegistered data = event.data();
            ReplicatedInstitution institution = ReplicatedInstitution.findById(data.code());
            if (institution == null) {
                institution = new ReplicatedInstitution();
                institution.code = data.code();
            }
            institution.name = data.name();
            institution.regionCode = data.regionCode();
            institution.active = data.active();
            institution.updatedAt = OffsetDateTime.now();
            institution.persist();
        }
    }

    @ApplicationScoped
    @IfBuildProperty(name = PROPERTY, stringValue = "true")
    public static class OnProgrammeRegistered implements IntegrationEventHandler<ProgrammeRegistered> {
        @Override
        public EventType<ProgrammeRegistered> eventType() {
            return QualityEvents.PROGRAMME_REGISTERED;
        }

        @Override
        public void handle(CloudEvent<ProgrammeRegistered> event) {
            ProgrammeRegistered p = event.data();
            upsert(
                    p.code(),
                    p.name(),
                    p.specialtyCode(),
                    p.institutionCode(),
                    p.regionCode(),
                    p.clusterCode(),
                    p.directorReference(),
                    p.active());
        }
    }

    @ApplicationScoped
    @IfBuildProperty(name = PROPERTY, stringValue = "true")
    public static class OnProgrammeUpdated implements IntegrationEventHandler<ProgrammeUpdated> {
        @Override
        public EventType<ProgrammeUpdated> eventType() {
            return QualityEvents.PROGRAMME_UPDATED;
        }

        @Override
        public void handle(CloudEvent<ProgrammeUpdated> event) {
            ProgrammeUpdated p = event.data();
            upsert(
                    p.code(),
                    p.name(),
                    p.specialtyCode(),
                    p.institutionCode(),
                    p.regionCode(),
                    p.clusterCode(),
                    p.directorReference(),
                    p.active());
        }
    }

    static void upsert(
            String code,
            String name,
            String specialty,
            String institution,
            String region,
            String cluster,
            String director,
            boolean active) {
        ReplicatedProgramme programme = ReplicatedProgramme.findById(code);
        if (programme == null) {
            programme = new ReplicatedProgramme();
            programme.code = code;
        }
        programme.name = name;
        programme.specialtyCode = specialty;
        programme.institutionCode = institution;
        programme.regionCode = region;
        programme.clusterCode = cluster;
        programme.directorReference = director;
        programme.active = active;
        programme.updatedAt = OffsetDateTime.now();
        programme.persist();
    }
}

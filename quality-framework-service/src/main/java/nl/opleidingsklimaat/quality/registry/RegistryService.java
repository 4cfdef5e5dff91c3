package nl.opleidingsklimaat.quality.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Objects;
import nl.opleidingsklimaat.contracts.Subjects;
import nl.opleidingsklimaat.contracts.quality.InstitutionRegistered;
import nl.opleidingsklimaat.contracts.quality.ProgrammeRegistered;
import nl.opleidingsklimaat.contracts.quality.ProgrammeUpdated;
import nl.opleidingsklimaat.contracts.quality.QualityEvents;
import nl.opleidingsklimaat.contracts.quality.RegionRegistered;
import nl.opleidingsklimaat.platform.outbox.Outbox;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.quality.access.Visibility;
import nl.opleidingsklimaat.quality.registry.RegistryApi.NamedUpdate;
import nl.opleidingsklimaat.quality.registry.RegistryApi.NewCluster;
import nl.opleidingsklimaat.quality.registry.RegistryApi.NewInstitution;
import nl.opleidingsklimaat.quality.registry.RegistryApi.NewProgramme;
import nl.opleidingsklimaat.quality.registry.RegistryApi.NewRegion;
import nl.opleidingsklimaat.quality.registry.RegistryApi.NewSpecialty;
import nl.opleidingsklimaat.quality.registry.RegistryApi.ProgrammeUpdate;

/**
 * Registers and changes regions, institutions, specialties, clusters and programmes, and announces every change of a
 * region, institution or programme on {@code quality.v1} in the same transaction. Nothing is ever deleted.
 */
@ApplicationScoped
@Transactional
public class RegistryService {

    @Inject
    Outbox outbox;

    @Inject
    Visibility visibility;

    public Region createRegion(NewRegion request) {
        if (!visibility.isReferenceDataKeeper() && !visibility.region(request.code())) {
            throw ProblemException.forbidden(
                    "Regions are registered by the reference-data keeper, or by the coordinator of that region");
        }
        if (Region.findById(request.code()) != null) {
            throw ProblemException.conflict("Region %s already exists", request.code());
        }
        Region region = new Region();
        region.code = request.code();
        region.name = request.name();
        region.persist();
        publish(region);
        return region;
    }

    public Region updateRegion(String code, NamedUpdate update) {
        Region region = Region.findById(code);
        if (region == null || !visibility.regionRecord(code)) {
            throw ProblemException.notFound("Region %s not found", code);
        }
        region.name = update.name();
        region.active = update.active();
        region.updatedAt = OffsetDateTime.now();
        publish(region);
        return region;
    }

    public Institution createInstitution(NewInstitution request) {
        visibleRegion(request.regionCode());
        if (Institution.findById(request.code()) != null) {
            throw ProblemException.conflict("Institution %s already exists", request.code());
        }
        Institution institution = new Institution();
        institution.code = request.code();
        institution.name = request.name();
        institution.regionCode = request.regionCode();
        institution.persist();
        publish(institution);
        return institution;
    }

    public Institution updateInstitution(String code, NamedUpdate update) {
        Institution institution = Institution.findById(code);
        if (institution == null || !visibility.region(institution.regionCode)) {
            throw ProblemException.notFound("Institution %s not found", code);
        }
        institution.name = update.name();
        institution.active = update.active();
        institution.updatedAt = OffsetDateTime.now();
        publish(institution);
        return institution;
    }

    public Specialty createSpecialty(NewSpecialty request) {
        if (Specialty.findById(request.code()) != null) {
            throw ProblemException.conflict("Specialty %s already exists", request.code());
        }
        Specialty specialty = new Specialty();
        specialty.code = request.code();
        specialty.name = request.name();
        specialty.persist();
        return specialty;
    }

    public Specialty updateSpecialty(String code, NamedUpdate update) {
        Specialty specialty = Specialty.findById(code);
        if (specialty == null) {
            throw ProblemException.notFound("Specialty %s not found", code);
        }
        specialty.name = update.name();
        specialty.active = update.active();
        specialty.updatedAt = OffsetDateTime.now();
        return specialty;
    }

    public Cluster createCluster(NewCluster request) {
        visibleRegion(request.regionCode());
        requireSpecialty(request.specialtyCode(), "specialtyCode");
        if (Cluster.findById(request.code()) != null) {
            throw ProblemException.conflict("Cluster %s already exists", request.code());
        }
        Cluster cluster = new Cluster();
        cluster.code = request.code();
        cluster.name = request.name();
        cluster.regionCode = request.regionCode();
        cluster.specialtyCode = request.specialtyCode();
        cluster.persist();
        return cluster;
    }

    public Cluster updateCluster(String code, NamedUpdate update) {
        Cluster cluster = Cluster.findById(code);
        if (cluster == null || !visibility.region(cluster.regionCode)) {
            throw ProblemException.notFound("Cluster %s not found", code);
        }
        cluster.name = update.name();
        cluster.active = update.active();
        cluster.updatedAt = OffsetDateTime.now();
        return cluster;
    }

    public Programme createProgramme(NewProgramme request) {
        Institution institution = Institution.findById(request.institutionCode());
        if (institution == null || !visibility.region(institution.regionCode)) {
            throw ProblemException.notFound("Institution %s not found", request.institutionCode());
        }
        if (!institution.active) {
            throw ProblemException.unprocessable("Institution %s is deactivated", institution.code);
        }
        requireSpecialty(request.specialtyCode(), "specialtyCode");
        requireFittingCluster(request.clusterCode(), institution.regionCode, request.specialtyCode());
        if (Programme.findById(request.code()) != null) {
            throw ProblemException.conflict("Programme %s already exists", request.code());
        }
        Programme programme = new Programme();
        programme.code = request.code();
        programme.name = request.name();
        programme.specialtyCode = request.specialtyCode();
        programme.institutionCode = institution.code;
        programme.regionCode = institution.regionCode;
        programme.clusterCode = request.clusterCode();
        programme.directorReference = request.directorReference();
        programme.persist();
        publishRegistered(programme);
        return programme;
    }

    public Programme updateProgramme(String code, ProgrammeUpdate update) {
        Programme programme = Programme.findById(code);
        if (programme == null || !visibility.region(programme.regionCode)) {
            throw ProblemException.notFound("Programme %s not found", code);
        }
        requireFittingCluster(update.clusterCode(), programme.regionCode, programme.specialtyCode);
        programme.name = update.name();
        programme.clusterCode = update.clusterCode();
        programme.directorReference = update.directorReference();
        programme.active = update.active();
        programme.updatedAt = OffsetDateTime.now();
        publishUpdated(programme);
        return programme;
    }

    private Region visibleRegion(String code) {
        Region region = Region.findById(code);
        if (region == null || !visibility.region(code)) {
            throw ProblemException.notFound("Region %s not found", code);
        }
        return region;
    }

    private static void requireSpecialty(String code, String field) {
        if (Specialty.findById(code) == null) {
            throw ProblemException.unprocessable("%s: specialty %s is not registered", field, code);
        }
    }

    private static void requireFittingCluster(String clusterCode, String regionCode, String specialtyCode) {
        if (clusterCode == null) {
            return;
        }
        Cluster cluster = Cluster.findById(clusterCode);
        if (cluster == null || !cluster.regionCode.equals(regionCode)) {
            throw ProblemException.unprocessable(
                    "clusterCode: cluster %s is not registered in region %s", clusterCode, regionCode);
        }
        if (!Objects.equals(cluster.specialtyCode, specialtyCode)) {
            throw ProblemException.unprocessable(
                    "clusterCode: cluster %s is for specialty %s, not %s",
                    clusterCode, cluster.specialtyCode, specialtyCode);
        }
    }

    void publish(Region region) {
        outbox.record(
                QualityEvents.REGION_REGISTERED,
                Subjects.region(region.code),
                new RegionRegistered(region.code, region.name, region.active));
    }

    void publish(Institution institution) {
        outbox.record(
                QualityEvents.INSTITUTION_REGISTERED,
                Subjects.institution(institution.code),
                new InstitutionRegistered(
                        institution.code, institution.name, institution.regionCode, institution.active));
    }

    void publishRegistered(Programme p) {
        outbox.record(
                QualityEvents.PROGRAMME_REGISTERED,
                Subjects.programme(p.code),
                new ProgrammeRegistered(
                        p.code,
                        p.name,
                        p.specialtyCode,
                        p.institutionCode,
                        p.regionCode,
                        p.clusterCode,
                        p.directorReference,
                        p.active));
    }

    void publishUpdated(Programme p) {
        outbox.record(
                QualityEvents.PROGRAMME_UPDATED,
                Subjects.programme(p.code),
                new ProgrammeUpdated(
                        p.code,
                        p.name,
                        p.specialtyCode,
                        p.institutionCode,
                        p.regionCode,
                        p.clusterCode,
                        p.directorReference,
                        p.active));
    }
}

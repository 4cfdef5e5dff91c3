package nl.opleidingsklimaat.quality.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Objects;
import nl.opleidingsklimaat.contracts.Subjects;
import nl.opleidingsklimaat.contracts.quality.InstitutionRegistered;
import nl.opleidingsklimaat.contracts.quality.ProgrammeRegistered;
import nl.opleidingsklimaat.contracts.quality.ProgrammeUpdated;
import nl.opleidingsklimaat.contracts.quality.QualityEvents;
import nl.opleidingsklimaat.contracts.quality.RegionRegistered;
import nl.opleidingsklimaat.platform.conditional.Preconditions;
import nl.opleidingsklimaat.platform.outbox.Outbox;
import nl.opleidingsklimaat.platform.paging.Page;
import nl.opleidingsklimaat.platform.paging.PageRequest;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.quality.access.Filters;
import nl.opleidingsklimaat.quality.access.Visibility;

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
    Preconditions preconditions;

    @Inject
    Visibility visibility;

    public RegionView createRegion(NewRegion request) {
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
        return RegionView.of(region);
    }

    public RegionView updateRegion(String code, NamedUpdate update) {
        Region region = Region.findById(code);
        if (region == null || !visibility.regionRecord(code)) {
            throw ProblemException.notFound("Region %s not found", code);
        }
        preconditions.honourIfMatch(region, () -> RegionView.of(region));
        region.name = update.name();
        region.active = update.active();
        publish(region);
        return RegionView.of(region);
    }

    public InstitutionView createInstitution(NewInstitution request) {
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
        return InstitutionView.of(institution);
    }

    public InstitutionView updateInstitution(String code, NamedUpdate update) {
        Institution institution = Institution.findById(code);
        if (institution == null || !visibility.region(institution.regionCode)) {
            throw ProblemException.notFound("Institution %s not found", code);
        }
        preconditions.honourIfMatch(institution, () -> InstitutionView.of(institution));
        institution.name = update.name();
        institution.active = update.active();
        publish(institution);
        return InstitutionView.of(institution);
    }

    public SpecialtyView createSpecialty(NewSpecialty request) {
        if (Specialty.findById(request.code()) != null) {
            throw ProblemException.conflict("Specialty %s already exists", request.code());
        }
        Specialty specialty = new Specialty();
        specialty.code = request.code();
        specialty.name = request.name();
        specialty.persist();
        return SpecialtyView.of(specialty);
    }

    public SpecialtyView updateSpecialty(String code, NamedUpdate update) {
        Specialty specialty = Specialty.findById(code);
        if (specialty == null) {
            throw ProblemException.notFound("Specialty %s not found", code);
        }
        preconditions.honourIfMatch(specialty, () -> SpecialtyView.of(specialty));
        specialty.name = update.name();
        specialty.active = update.active();
        return SpecialtyView.of(specialty);
    }

    public ClusterView createCluster(NewCluster request) {
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
        return ClusterView.of(cluster);
    }

    public ClusterView updateCluster(String code, NamedUpdate update) {
        Cluster cluster = Cluster.findById(code);
        if (cluster == null || !visibility.region(cluster.regionCode)) {
            throw ProblemException.notFound("Cluster %s not found", code);
        }
        preconditions.honourIfMatch(cluster, () -> ClusterView.of(cluster));
        cluster.name = update.name();
        cluster.active = update.active();
        return ClusterView.of(cluster);
    }

    public ProgrammeView createProgramme(NewProgramme request) {
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
        return ProgrammeView.of(programme);
    }

    public ProgrammeView updateProgramme(String code, ProgrammeUpdate update) {
        Programme programme = Programme.findById(code);
        if (programme == null || !visibility.region(programme.regionCode)) {
            throw ProblemException.notFound("Programme %s not found", code);
        }
        preconditions.honourIfMatch(programme, () -> ProgrammeView.of(programme));
        requireFittingCluster(update.clusterCode(), programme.regionCode, programme.specialtyCode);
        programme.name = update.name();
        programme.clusterCode = update.clusterCode();
        programme.directorReference = update.directorReference();
        programme.active = update.active();
        publishUpdated(programme);
        return ProgrammeView.of(programme);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RegionView> regions(Filters filters, PageRequest page) {
        return Page.of(Region.<Region>find(filters.query("code"), filters.parameters()), page, RegionView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RegionView region(String code) {
        Region region = Region.findById(code);
        if (region == null || !visibility.regionRecord(code)) {
            throw ProblemException.notFound("Region %s not found", code);
        }
        return RegionView.of(region);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<InstitutionView> institutions(Filters filters, PageRequest page) {
        return Page.of(
                Institution.<Institution>find(filters.query("code"), filters.parameters()), page, InstitutionView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InstitutionView institution(String code) {
        return InstitutionView.of(visibleInstitution(code));
    }

    /** The institution when the caller may see it; 404 otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Institution visibleInstitution(String code) {
        Institution institution = code == null ? null : Institution.findById(code);
        if (institution == null || !visibility.institution(code, institution.regionCode)) {
            throw ProblemException.notFound("Institution %s not found", code);
        }
        return institution;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SpecialtyView> specialties(PageRequest page) {
        return Page.of(Specialty.<Specialty>find("order by code"), page, SpecialtyView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SpecialtyView specialty(String code) {
        Specialty specialty = Specialty.findById(code);
        if (specialty == null) {
            throw ProblemException.notFound("Specialty %s not found", code);
        }
        return SpecialtyView.of(specialty);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ClusterView> clusters(Filters filters, PageRequest page) {
        return Page.of(Cluster.<Cluster>find(filters.query("code"), filters.parameters()), page, ClusterView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ClusterView cluster(String code) {
        Cluster cluster = Cluster.findById(code);
        if (cluster == null || !visibility.region(cluster.regionCode)) {
            throw ProblemException.notFound("Cluster %s not found", code);
        }
        return ClusterView.of(cluster);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ProgrammeView> programmes(Filters filters, PageRequest page) {
        return Page.of(Programme.<Programme>find(filters.query("code"), filters.parameters()), page, ProgrammeView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProgrammeView programme(String code) {
        Programme programme = Programme.findById(code);
        if (programme == null || !visibility.programme(code, programme.institutionCode, programme.regionCode)) {
            throw ProblemException.notFound("Programme %s not found", code);
        }
        return ProgrammeView.of(programme);
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

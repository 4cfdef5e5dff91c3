package nl.opleidingsklimaat.coaching.proactive;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.opleidingsklimaat.coaching.access.OrganisationAccess;
import nl.opleidingsklimaat.platform.paging.Page;
import nl.opleidingsklimaat.platform.paging.PageRequest;
import nl.opleidingsklimaat.platform.problem.ProblemException;

/** The COC's list of programmes to approach with coaching or intervision. */
@ApplicationScoped
@Transactional
public class ProactiveService {
    @Inject
    OrganisationAccess visibility;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ListingView> list(String institutionCode, Boolean approached, PageRequest page) {
        visibility.institution(institutionCode);
        String query = "institutionCode = ?1"
                + (approached == null
                        ? ""
                        : approached ? " and approachedAt is not null" : " and approachedAt is null");
        return Page.of(
                ProactiveListing.<ProactiveListing>find(
                        query, Sort.by("flaggedAt").descending(), institutionCode),
                page,
                ProactiveService::view);
    }

    /** The COC records that it approached the programme with an offer. */
    public ListingView markApproached(UUID id) {
        ProactiveListing listing = ProactiveListing.findById(id);
        if (listing == null || !visibility.maySeeInstitution(listing.institutionCode, listing.regionCode)) {
            throw ProblemException.notFound("Proactive listing %s not found", id);
        }
        if (listing.approachedAt != null) {
            throw ProblemException.conflict(
                    "Programme %s was already approached for this campaign", listing.programmeCode);
        }
        listing.approachedAt = OffsetDateTime.now();
        return view(listing);
    }

    static ListingView view(ProactiveListing listing) {
        return new ListingView(
                listing.id,
                listing.programmeCode,
                listing.institutionCode,
                listing.campaignId,
                listing.reasons,
                listing.flaggedAt,
                listing.approachedAt);
    }
}

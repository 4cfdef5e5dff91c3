package nl.opleidingsklimaat.coaching.proactive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.opleidingsklimaat.platform.organisation.ReplicatedProgramme;

/** Puts a programme on the COC's proactive list: one entry per programme and campaign, each distinct reason once. */
@ApplicationScoped
public class ProactiveList {

    /** Runs inside the consumer loop's transaction. */
    public void flag(String programmeCode, String institutionCode, String regionCode, UUID campaignId, String reason) {
        ProactiveListing listing = ProactiveListing.<ProactiveListing>find("programmeCode = ?1 and campaignId = ?2", programmeCode, campaignId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (listing == null) {
            listing = new ProactiveListing();
            listing.programmeCode = programmeCode;
            listing.institutionCode = institutionCode;
            listing.regionCode = regionCode != null ? regionCode : regionOf(programmeCode);
            listing.campaignId = campaignId;
            listing.reasons = List.of(reason);
            listing.flaggedAt = OffsetDateTime.now();
            listing.persist();
        } else if (!listing.reasons.contains(reason)) {
            List<String> reasons = new ArrayList<>(listing.reasons);
            reasons.add(reason);
            listing.reasons = reasons;
        }
    }

    private static String regionOf(String programmeCode) {
        ReplicatedProgramme programme = ReplicatedProgramme.findById(programmeCode);
        return programme == null ? null : programme.regionCode;
    }
}

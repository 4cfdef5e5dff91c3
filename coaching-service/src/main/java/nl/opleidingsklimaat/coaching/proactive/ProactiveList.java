package nl.opleidingsklimaat.coaching.proactive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.opleidingsklimaat.contracts.CloudEvent;
import nl.opleidingsklimaat.contracts.Subjects;
import nl.opleidingsklimaat.platform.consumer.ImplausibleEventException;
import nl.opleidingsklimaat.platform.organisation.ReplicatedProgramme;

/** Puts a programme on the COC's proactive list: one entry per programme and campaign, each distinct reason once. */
@ApplicationScoped
public class ProactiveList {

    /**
     * The programme as the replica knows it, if the event that names it can be genuine: a programme unknown here, in
     * another institution than the event says, or under another subject, cannot come from survey-service. Such an
     * event is dead-lettered with the reason and changes nothing.
     */
    public ReplicatedProgramme requireKnown(CloudEvent<?> event, String programmeCode, String institutionCode) {
        ReplicatedProgramme programme = programmeCode == null ? null : ReplicatedProgramme.findById(programmeCode);
        if (programme == null) {
            throw new ImplausibleEventException(
                    event.type() + " for programme " + programmeCode + ", which is unknown here");
        }
        if (!programme.institutionCode.equals(institutionCode)) {
            throw new ImplausibleEventException(event.type() + " says programme " + programmeCode
                    + " is of institution " + institutionCode + ", but it is of " + programme.institutionCode);
        }
        if (!Subjects.programme(programmeCode).equals(event.subject())) {
            throw new ImplausibleEventException(
                    event.type() + " about programme " + programmeCode + " under subject " + event.subject());
        }
        return programme;
    }

    /** Runs inside the consumer loop's transaction. */
    public void flag(String programmeCode, String institutionCode, String regionCode, UUID campaignId, String reason) {
        ProactiveListing listing = ProactiveListing.<ProactiveListing>find(
                        "programmeCode = ?1 and campaignId = ?2", programmeCode, campaignId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
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

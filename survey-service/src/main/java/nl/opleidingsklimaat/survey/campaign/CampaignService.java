package nl.opleidingsklimaat.survey.campaign;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import nl.opleidingsklimaat.contracts.Subjects;
import nl.opleidingsklimaat.contracts.survey.CampaignClosed;
import nl.opleidingsklimaat.contracts.survey.CampaignOpened;
import nl.opleidingsklimaat.contracts.survey.SurveyEvents;
import nl.opleidingsklimaat.platform.conditional.Preconditions;
import nl.opleidingsklimaat.platform.organisation.ReplicatedInstitution;
import nl.opleidingsklimaat.platform.organisation.ReplicatedProgramme;
import nl.opleidingsklimaat.platform.outbox.Outbox;
import nl.opleidingsklimaat.platform.paging.Page;
import nl.opleidingsklimaat.platform.paging.PageRequest;
import nl.opleidingsklimaat.platform.problem.Problem;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.platform.problem.ProblemType;
import nl.opleidingsklimaat.survey.SurveyConfig;
import nl.opleidingsklimaat.survey.answer.ResponseBallots;
import nl.opleidingsklimaat.survey.instrument.Instrument;
import nl.opleidingsklimaat.survey.invitation.Invitation;
import nl.opleidingsklimaat.survey.invitation.InvitationMail;
import nl.opleidingsklimaat.survey.invitation.PersonalLinks;

/** The campaign life cycle DRAFT -> OPEN -> CLOSED (reports follow in {@code ReportService}). */
@ApplicationScoped
public class CampaignService {
    @Inject
    SurveyConfig config;

    @Inject
    CampaignLock lock;

    @Inject
    Preconditions preconditions;

    @Inject
    Outbox outbox;

    @Inject
    PersonalLinks links;

    @Inject
    ResponseBallots ballots;

    @Transactional
    public CampaignView create(CampaignRequest request) {
        Instrument instrument = request.instrumentVersion() == null
                        || request.instrumentVersion().isBlank()
                ? Instrument.newest(request.instrumentCode())
                        .orElseThrow(() -> ProblemException.invalidField(
                                "instrumentCode", "no published instrument " + request.instrumentCode()))
                : Instrument.findVersion(request.instrumentCode(), request.instrumentVersion())
                        .orElseThrow(() -> ProblemException.invalidField(
                                "instrumentVersion",
                                "no published instrument %s version %s"
                                        .formatted(request.instrumentCode(), request.instrumentVersion())));
        List<LocalDate> reminderDates = request.reminderDates() == null ? List.of() : request.reminderDates();
        List<Problem.Violation> violations =
                Campaign.windowViolations(request.opensOn(), request.closesOn(), reminderDates, today());
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        requireKnownRegion(request.regionCode());
        Campaign campaign = Campaign.draft(
                request.name(),
                instrument.id,
                request.regionCode(),
                request.opensOn(),
                request.closesOn(),
                request.threshold() == null ? config.defaultThreshold() : request.threshold(),
                reminderDates);
        campaign.persist();
        return view(campaign);
    }

    /**
     * This year's campaign from last year's (locked, so that it gets one successor): region and threshold as last year,
     * the same instrument version or a later one of the same instrument, the window a year later unless given. The
     * roster is not copied: it is imported as for any new campaign (checked against the organisation registry then),
     * and nothing of last year's invitations, links or answers comes along.
     */
    @Transactional
    public CampaignView succeed(UUID previousId, SuccessorRequest request) {
        Campaign previous = lockedCampaign(previousId);
        previous.requireClosedForSuccessor();
        Campaign.<Campaign>find("previousCampaignId", previous.id)
                .firstResultOptional()
                .ifPresent(existing -> {
                    throw ProblemException.conflict(
                            "Campaign %s already has a successor: campaign %s", previous.id, existing.id);
                });
        Instrument last = previous.instrument();
        Instrument instrument = request.instrumentVersion() == null
                ? last
                : Instrument.findVersion(last.code, request.instrumentVersion())
                        .orElseThrow(() -> ProblemException.invalidField(
                                "instrumentVersion",
                                "no published instrument %s version %s"
                                        .formatted(last.code, request.instrumentVersion())));
        if (!last.isSameOrSucceededBy(instrument)) {
            throw new ProblemException(
                    ProblemType.UNPROCESSABLE,
                    "Version %s of %s is older than last year's %s; a successor uses the same version or a later one"
                            .formatted(instrument.version, last.code, last.version),
                    List.of(new Problem.Violation("instrumentVersion", "older than " + last.version)));
        }
        if ((request.opensOn() == null) != (request.closesOn() == null)) {
            throw ProblemException.invalid(List.of(new Problem.Violation(
                    request.opensOn() == null ? "opensOn" : "closesOn", "give opensOn and closesOn together")));
        }
        LocalDate opensOn = request.opensOn() == null ? previous.opensOn.plusYears(1) : request.opensOn();
        LocalDate closesOn = request.closesOn() == null ? previous.closesOn.plusYears(1) : request.closesOn();
        List<LocalDate> reminderDates = request.reminderDates() == null
                ? previous.remindersMovedTo(opensOn, closesOn)
                : request.reminderDates();
        List<Problem.Violation> violations = Campaign.windowViolations(opensOn, closesOn, reminderDates, today());
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        requireKnownRegion(previous.regionCode);
        Campaign campaign = previous.successor(
                request.name() == null ? previous.successorName(opensOn.getYear()) : request.name(),
                instrument.id,
                opensOn,
                closesOn,
                request.threshold(),
                reminderDates);
        campaign.persist();
        return view(campaign);
    }

    /** A region is known when the organisation replica has it through an institution or a programme in it. */
    private static void requireKnownRegion(String regionCode) {
        if (ReplicatedInstitution.count("regionCode", regionCode) == 0
                && ReplicatedProgramme.count("regionCode", regionCode) == 0) {
            throw new ProblemException(
                    ProblemType.UNPROCESSABLE,
                    "Region %s is not known in the organisation registry: register its institutions first"
                            .formatted(regionCode),
                    List.of(new Problem.Violation("regionCode", "unknown region " + regionCode)));
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CampaignView> list(Collection<String> regions, CampaignState state, PageRequest page) {
        if (regions.isEmpty()) {
            return Page.of(List.of(), page, 0);
        }
        StringBuilder where = new StringBuilder("regionCode in :regions");
        Parameters parameters = new Parameters().and("regions", regions);
        if (state != null) {
            where.append(" and state = :state");
            parameters.and("state", state);
        }
        PanacheQuery<Campaign> query = Campaign.find(where + " order by opensOn desc, name", parameters);
        return Page.of(query, page, CampaignService::view);
    }

    /** Opens the campaign now (by hand or on its opening date) and issues the personal links to mail. */
    @Transactional
    public List<InvitationMail> open(UUID id) {
        Campaign campaign = lockedCampaign(id);
        preconditions.honourIfMatch(() -> view(campaign));
        campaign.open(today());
        Instrument instrument = campaign.instrument();
        outbox.record(
                SurveyEvents.CAMPAIGN_OPENED,
                Subjects.campaign(campaign.id),
                new CampaignOpened(
                        campaign.id,
                        instrument.code,
                        instrument.version,
                        campaign.regionCode,
                        campaign.opensOn,
                        campaign.closesOn,
                        campaign.threshold));
        List<InvitationMail> mails = new ArrayList<>();
        for (Invitation invitation : Invitation.<Invitation>list("campaignId", campaign.id)) {
            mails.add(new InvitationMail(
                    invitation.email,
                    links.issue(invitation.id),
                    campaign.name,
                    instrument.name,
                    campaign.closesOn,
                    false));
        }
        return mails;
    }

    /**
     * Closes the campaign: no more answers, the sealed ballots become clear responses (all in this transaction, in
     * random order, so they share one transaction id and their stored order says nothing), and nothing of the
     * invitations records any longer who took part: e-mail address, reference and used flag are cleared and the links
     * are forgotten. The reports follow.
     */
    @Transactional
    public void close(UUID id) {
        Campaign campaign = lockedCampaign(id);
        preconditions.honourIfMatch(() -> view(campaign));
        campaign.close(today());
        ballots.openIntoResponses(campaign.id);
        Invitation.update(
                "email = null, reference = null, used = false, submissionHash = null where campaignId = ?1",
                campaign.id);
        Invitation.getEntityManager()
                .createNativeQuery("""
                DELETE FROM invitation_token t USING invitation i WHERE i.id = t.invitation_id AND i.campaign_id = ?1""")
                .setParameter(1, campaign.id)
                .executeUpdate();
        Instrument instrument = campaign.instrument();
        outbox.record(
                SurveyEvents.CAMPAIGN_CLOSED,
                Subjects.campaign(campaign.id),
                new CampaignClosed(
                        campaign.id,
                        instrument.code,
                        instrument.version,
                        campaign.regionCode,
                        campaign.opensOn,
                        campaign.closesOn,
                        campaign.threshold));
    }

    /** Reminders due on {@code today}: a fresh personal link for everyone who has not answered yet. */
    @Transactional
    public List<InvitationMail> remindersDue(UUID id, LocalDate today) {
        Campaign campaign = lockedCampaign(id);
        if (campaign.takeRemindersDue(today).isEmpty()) {
            return List.of();
        }
        Instrument instrument = campaign.instrument();
        List<InvitationMail> mails = new ArrayList<>();
        for (Invitation invitation :
                Invitation.<Invitation>list("campaignId = ?1 and used = false and email is not null", campaign.id)) {
            mails.add(new InvitationMail(
                    invitation.email,
                    links.issue(invitation.id),
                    campaign.name,
                    instrument.name,
                    campaign.closesOn,
                    true));
        }
        return mails;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UUID> due(LocalDate today) {
        List<UUID> ids = new ArrayList<>();
        Campaign.<Campaign>list("state = ?1 and opensOn <= ?2 and closesOn >= ?2", CampaignState.DRAFT, today)
                .forEach(c -> ids.add(c.id));
        Campaign.<Campaign>list("state in ?1", List.of(CampaignState.OPEN, CampaignState.CLOSED))
                .forEach(c -> ids.add(c.id));
        return ids;
    }

    /** The campaign as stored now (read in a transaction of its own, so never a stale copy). */
    @Transactional
    public CampaignView read(UUID id) {
        return view(current(id));
    }

    /** The campaign entity as stored now, detached, for deciding what is due ({@link CampaignWorkflow#advance}). */
    @Transactional
    public Campaign current(UUID id) {
        Campaign campaign = Campaign.findById(id);
        if (campaign == null) {
            throw ProblemException.notFound("Campaign %s not found", id);
        }
        return campaign;
    }

    public LocalDate today() {
        return LocalDate.now(config.zone());
    }

    private Campaign lockedCampaign(UUID id) {
        return lock.forChange(id).orElseThrow(() -> ProblemException.notFound("Campaign %s not found", id));
    }

    public static CampaignView view(Campaign campaign) {
        Instrument instrument = campaign.instrument();
        return new CampaignView(
                campaign.id,
                campaign.name,
                instrument.code,
                instrument.version,
                campaign.regionCode,
                campaign.opensOn,
                campaign.closesOn,
                campaign.threshold,
                campaign.state,
                campaign.reminders.stream().map(r -> r.sendOn).toList(),
                campaign.previousCampaignId);
    }
}

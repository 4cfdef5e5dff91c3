package nl.opleidingsklimaat.coaching.intervision;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.opleidingsklimaat.coaching.access.OrganisationAccess;
import nl.opleidingsklimaat.coaching.coach.Coach;
import nl.opleidingsklimaat.coaching.conflict.UniqueRows;
import nl.opleidingsklimaat.coaching.policy.CoachingPolicy;
import nl.opleidingsklimaat.coaching.policy.IntervisionPolicy;
import nl.opleidingsklimaat.coaching.policy.Measure;
import nl.opleidingsklimaat.coaching.statistics.SuppressedCount;
import nl.opleidingsklimaat.contracts.Subjects;
import nl.opleidingsklimaat.contracts.coaching.CoachingEvents;
import nl.opleidingsklimaat.contracts.coaching.IntervisionGroupFormed;
import nl.opleidingsklimaat.platform.audit.AuditLog;
import nl.opleidingsklimaat.platform.conditional.Preconditions;
import nl.opleidingsklimaat.platform.organisation.ReplicatedProgramme;
import nl.opleidingsklimaat.platform.outbox.Outbox;
import nl.opleidingsklimaat.platform.paging.Page;
import nl.opleidingsklimaat.platform.paging.PageRequest;
import nl.opleidingsklimaat.platform.privacy.SmallCells;
import nl.opleidingsklimaat.platform.problem.Problem;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.platform.security.CallerScope;
import nl.opleidingsklimaat.platform.security.Roles;

/** Fixed intervision groups: members, a fixed coach, meetings, attendance and the optional effect questionnaire. */
@ApplicationScoped
@Transactional
public class IntervisionService {

    enum Relation {
        OFFICE,
        COACH,
        MEMBER,
        NONE
    }

    /** Said with every phase's results instead of a count of answers not yet opened. */
    static final String RESULTS_NOTE = "Answers are added to the results in groups of at least " + SmallCells.MINIMUM
            + ", so that no one's answer can be told apart; answers that wait for their group are kept sealed.";

    @Inject
    Preconditions preconditions;

    @Inject
    CoachingPolicy policy;

    @Inject
    QuestionnaireBallots ballots;

    @Inject
    OrganisationAccess visibility;

    @Inject
    CallerScope caller;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    public GroupView create(GroupRequest request) {
        visibility.institution(request.institutionCode());
        Coach coach = Coach.findById(request.coachId());
        if (coach == null) {
            throw ProblemException.invalid(List.of(new Problem.Violation("coachId", "no coach " + request.coachId())));
        }
        IntervisionPolicy rules = policy.intervision();
        IntervisionGroup group = new IntervisionGroup();
        group.institutionCode = request.institutionCode();
        group.name = request.name();
        group.coachId = coach.id;
        group.participantKind = request.participantKind();
        group.maxSize = IntervisionGroup.maxSizeFor(request.participantKind(), rules);
        group.state = GroupState.FORMING;
        group.createdAt = OffsetDateTime.now();
        group.persist();
        return view(group, Relation.OFFICE);
    }

    public GroupView addMember(UUID id, MemberRequest request) {
        IntervisionGroup group = require(id, Relation.OFFICE);
        // lock the group so two additions cannot both take the last place
        IntervisionGroup.findById(group.id, LockModeType.PESSIMISTIC_WRITE);
        group.ensureNotClosed();
        ReplicatedProgramme programme = visibility.programme(request.programmeCode());
        if (!programme.institutionCode.equals(group.institutionCode)) {
            throw ProblemException.unprocessable(
                    "Programme %s is not of institution %s", programme.code, group.institutionCode);
        }
        if (IntervisionMember.count("groupId = ?1 and residentReference = ?2", group.id, request.residentReference())
                > 0) {
            throw ProblemException.conflict("Resident %s is already in group %s", request.residentReference(), id);
        }
        group.ensureRoomForAnotherMember(group.size());
        if (IntervisionMember.count("residentReference = ?1 and active = true", request.residentReference()) > 0) {
            throw ProblemException.conflict(
                    "Resident %s is already in another active intervision group", request.residentReference());
        }
        IntervisionMember member = new IntervisionMember();
        member.groupId = group.id;
        member.residentReference = request.residentReference();
        member.programmeCode = programme.code;
        member.active = true;
        UniqueRows.persist(
                member, "Resident " + request.residentReference() + " is already in an active intervision group");
        return view(group, Relation.OFFICE);
    }

    /** The group is formed and starts meeting; announced as IntervisionGroupFormed. */
    public GroupView form(UUID id) {
        IntervisionGroup group = require(id, Relation.OFFICE);
        preconditions.honourIfMatch(group, () -> view(group, Relation.OFFICE));
        long size = group.size();
        group.form(size, OffsetDateTime.now());
        Coach coach = Coach.findById(group.coachId);
        outbox.record(
                CoachingEvents.INTERVISION_GROUP_FORMED,
                Subjects.institution(group.institutionCode),
                new IntervisionGroupFormed(group.id, group.institutionCode, (int) size, coach.reference));
        return view(group, Relation.OFFICE);
    }

    /** Closing a group frees its members to join another. */
    public GroupView close(UUID id) {
        IntervisionGroup group = require(id, Relation.OFFICE);
        preconditions.honourIfMatch(group, () -> view(group, Relation.OFFICE));
        group.close(OffsetDateTime.now());
        IntervisionMember.update("active = false where groupId = ?1", group.id);
        return view(group, Relation.OFFICE);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public GroupView get(UUID id) {
        IntervisionGroup group = require(id, Relation.OFFICE, Relation.COACH, Relation.MEMBER);
        Relation relation = relationTo(group);
        if (relation == Relation.OFFICE) {
            audit.record("read-intervision-group", "intervision-group", group.id.toString());
        }
        return view(group, relation);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<GroupView> list(String institutionCode, PageRequest page) {
        visibility.institution(institutionCode);
        if (!visibility.isOffice(institutionCode)) {
            throw ProblemException.notFound("Institution %s not found", institutionCode);
        }
        return Page.of(
                IntervisionGroup.<IntervisionGroup>find(
                        "institutionCode", Sort.by("createdAt").descending().and("id"), institutionCode),
                page,
                g -> {
                    audit.record("list-intervision-groups", "intervision-group", g.id.toString());
                    return view(g, Relation.OFFICE);
                });
    }

    public MeetingView scheduleMeeting(UUID id, MeetingRequest request) {
        IntervisionGroup group = require(id, Relation.OFFICE, Relation.COACH);
        group.ensureNotClosed();
        IntervisionMeeting meeting = new IntervisionMeeting();
        meeting.groupId = group.id;
        meeting.startsAt = request.startsAt();
        meeting.topic = request.topic();
        meeting.persist();
        return meetingView(meeting);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<MeetingView> meetings(UUID id, PageRequest page) {
        IntervisionGroup group = require(id, Relation.OFFICE, Relation.COACH, Relation.MEMBER);
        return Page.of(
                IntervisionMeeting.<IntervisionMeeting>find("groupId", Sort.by("startsAt"), group.id),
                page,
                this::meetingView);
    }

    /** The coach records who was present; every other member of the group is recorded absent. */
    public MeetingView recordAttendance(UUID id, UUID meetingId, AttendanceRequest request) {
        IntervisionGroup group = require(id, Relation.OFFICE, Relation.COACH);
        IntervisionMeeting meeting = IntervisionMeeting.findById(meetingId);
        if (meeting == null || !meeting.groupId.equals(group.id)) {
            throw ProblemException.notFound("Meeting %s not found", meetingId);
        }
        Set<String> members = new HashSet<>(IntervisionMember.<IntervisionMember>list("groupId", group.id).stream()
                .map(m -> m.residentReference)
                .toList());
        List<Problem.Violation> strangers = new ArrayList<>();
        for (int i = 0; i < request.present().size(); i++) {
            if (!members.contains(request.present().get(i))) {
                strangers.add(new Problem.Violation("present[" + i + "]", "not a member of this group"));
            }
        }
        if (!strangers.isEmpty()) {
            throw ProblemException.invalid(strangers);
        }
        IntervisionAttendance.delete("meetingId", meeting.id);
        for (String member : members) {
            IntervisionAttendance attendance = new IntervisionAttendance();
            attendance.meetingId = meeting.id;
            attendance.residentReference = member;
            attendance.present = request.present().contains(member);
            attendance.persist();
        }
        return meetingView(meeting);
    }

    /**
     * A member answers the short questionnaire once per phase. The member is marked as having answered and the scores
     * are sealed in the phase's ballot box, in this one transaction; they reach the results only when opened together
     * with at least 3 other answers ({@link QuestionnaireBallots#openReady}, after this transaction).
     */
    public void answer(UUID id, QuestionnaireRequest request) {
        IntervisionGroup group = require(id, Relation.MEMBER);
        IntervisionPolicy rules = policy.intervision();
        List<Problem.Violation> unknown = request.scores().keySet().stream()
                .filter(m -> !rules.hasMeasure(m))
                .map(m -> new Problem.Violation(
                        "scores." + m,
                        "unknown measure; known: "
                                + rules.measures().stream().map(Measure::code).toList()))
                .toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.invalid(unknown);
        }
        String me = caller.personReference().orElseThrow();
        if (QuestionnaireSubmission.count(
                        "groupId = ?1 and phase = ?2 and residentReference = ?3", group.id, request.phase(), me)
                > 0) {
            throw ProblemException.conflict("You already answered the %s questionnaire of this group", request.phase());
        }
        QuestionnaireSubmission submission = new QuestionnaireSubmission();
        submission.groupId = group.id;
        submission.phase = request.phase();
        submission.residentReference = me;
        UniqueRows.persist(submission, "You already answered the " + request.phase() + " questionnaire of this group");
        ballots.seal(group.id, request.phase(), new QuestionnaireBallot(Map.copyOf(request.scores())));
    }

    /**
     * Group results per phase over the opened answers only, and only from 4 of them: answers are opened in groups of
     * at least 4, so the results never change by one member's answer.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public QuestionnaireResults results(UUID id) {
        IntervisionGroup group = require(id, Relation.OFFICE, Relation.COACH, Relation.MEMBER);
        List<PhaseResult> phases = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            ballots.openReady(group.id, phase); // in case the service stopped between an answer and its opening
            long respondents = ballots.opened(group.id, phase);
            Map<String, BigDecimal> means = null;
            if (SmallCells.shown(respondents)) {
                means = new LinkedHashMap<>();
                for (Measure measure : policy.intervision().measures()) {
                    Double mean = (Double) QuestionnaireScore.getEntityManager()
                            .createQuery(
                                    "select avg(s.score) from QuestionnaireScore s where s.groupId = :g and s.phase = :p and s.measure = :m")
                            .setParameter("g", group.id)
                            .setParameter("p", phase)
                            .setParameter("m", measure.code())
                            .getSingleResult();
                    if (mean != null) {
                        means.put(measure.code(), BigDecimal.valueOf(mean).setScale(2, RoundingMode.HALF_UP));
                    }
                }
            }
            phases.add(new PhaseResult(phase, SuppressedCount.atLeastMinimum(respondents), means, RESULTS_NOTE));
        }
        return new QuestionnaireResults(group.id, phases);
    }

    private IntervisionGroup require(UUID id, Relation... allowed) {
        IntervisionGroup group = IntervisionGroup.findById(id);
        if (group != null) {
            Relation relation = relationTo(group);
            for (Relation r : allowed) {
                if (r == relation) {
                    return group;
                }
            }
        }
        throw ProblemException.notFound("Intervision group %s not found", id);
    }

    private Relation relationTo(IntervisionGroup group) {
        if (visibility.isOffice(group.institutionCode)) {
            return Relation.OFFICE;
        }
        String me = caller.personReference().orElse("");
        if (caller.hasRole(Roles.COACH)) {
            Coach coach = Coach.findById(group.coachId);
            if (coach != null && coach.reference.equals(me)) {
                return Relation.COACH;
            }
        }
        if (caller.hasRole(group.participantKind.memberRole())
                && IntervisionMember.count("groupId = ?1 and residentReference = ?2", group.id, me) > 0) {
            return Relation.MEMBER;
        }
        return Relation.NONE;
    }

    private GroupView view(IntervisionGroup group, Relation relation) {
        List<MemberView> members = relation == Relation.MEMBER
                ? null
                : IntervisionMember.<IntervisionMember>list("groupId", Sort.by("joinedAt"), group.id).stream()
                        .map(m -> new MemberView(m.residentReference, m.programmeCode))
                        .toList();
        return new GroupView(
                group.id,
                group.institutionCode,
                group.name,
                group.coachId,
                group.participantKind,
                group.maxSize,
                group.state,
                group.size(),
                members,
                group.formedAt,
                group.closedAt);
    }

    private MeetingView meetingView(IntervisionMeeting meeting) {
        long present = IntervisionAttendance.count("meetingId = ?1 and present = true", meeting.id);
        long absent = IntervisionAttendance.count("meetingId = ?1 and present = false", meeting.id);
        return new MeetingView(meeting.id, meeting.groupId, meeting.startsAt, meeting.topic, present, absent);
    }
}

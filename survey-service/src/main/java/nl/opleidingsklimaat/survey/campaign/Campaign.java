package nl.opleidingsklimaat.survey.campaign;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import nl.opleidingsklimaat.platform.problem.Problem;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.survey.SurveyConfig;
import nl.opleidingsklimaat.survey.instrument.Instrument;
import org.hibernate.annotations.CreationTimestamp;

/** A run of one instrument version in one region, with its window, threshold and reminder dates. */
@Entity
@Table(name = "campaign")
public class Campaign extends PanacheEntityBase {
    @Id
    public UUID id;

    public String name;

    public UUID instrumentId;

    public String regionCode;

    public LocalDate opensOn;

    public LocalDate closesOn;

    public int threshold;

    @Enumerated(EnumType.STRING)
    public CampaignState state;

    @CreationTimestamp
    public OffsetDateTime createdAt;

    @Version
    public long version;

    /** Last year's campaign, when this one was made from it ({@link #successor}). */
    public UUID previousCampaignId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "campaign_reminder", joinColumns = @JoinColumn(name = "campaign_id"))
    @OrderBy("sendOn")
    public List<Reminder> reminders = new ArrayList<>();

    public Instrument instrument() {
        return Instrument.findById(instrumentId);
    }

    public boolean acceptsAnswers() {
        return state == CampaignState.OPEN;
    }

    /**
     * What is wrong with a new campaign's window and reminder dates on {@code today}, per field: the window does not
     * start in the past, closes on or after the day it opens, and every reminder date lies within it, each once.
     */
    public static List<Problem.Violation> windowViolations(
            LocalDate opensOn, LocalDate closesOn, List<LocalDate> reminderDates, LocalDate today) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (opensOn.isBefore(today)) {
            violations.add(new Problem.Violation("opensOn", "must not be in the past"));
        }
        if (closesOn.isBefore(opensOn)) {
            violations.add(new Problem.Violation("closesOn", "must not be before opensOn"));
        }
        if (new HashSet<>(reminderDates).size() != reminderDates.size()) {
            violations.add(new Problem.Violation("reminderDates", "contains a date twice"));
        }
        for (int i = 0; i < reminderDates.size(); i++) {
            LocalDate date = reminderDates.get(i);
            if (date.isBefore(opensOn) || date.isAfter(closesOn)) {
                violations.add(new Problem.Violation("reminderDates[%d]".formatted(i), "must lie within the window"));
            }
        }
        return violations;
    }

    /**
     * A new DRAFT campaign with its reminders in date order and a threshold never below the minimum of 4; the window
     * is checked by {@link #windowViolations}.
     */
    public static Campaign draft(
            String name,
            UUID instrumentId,
            String regionCode,
            LocalDate opensOn,
            LocalDate closesOn,
            int threshold,
            List<LocalDate> reminderDates) {
        Campaign campaign = new Campaign();
        campaign.id = UUID.randomUUID();
        campaign.name = name;
        campaign.instrumentId = instrumentId;
        campaign.regionCode = regionCode;
        campaign.opensOn = opensOn;
        campaign.closesOn = closesOn;
        campaign.threshold = Math.max(SurveyConfig.MINIMUM_THRESHOLD, threshold);
        campaign.state = CampaignState.DRAFT;
        for (LocalDate date : reminderDates.stream().sorted().toList()) {
            Reminder reminder = new Reminder();
            reminder.sendOn = date;
            campaign.reminders.add(reminder);
        }
        return campaign;
    }

    /**
     * This year's campaign made from this one: same region, the threshold as this one's unless given (never below 4),
     * the window and reminders as decided by the caller; a DRAFT with an empty roster. Only a campaign that has closed
     * is succeeded (409 while DRAFT or OPEN: its outcome is not known yet, and two runs would overlap).
     */
    public Campaign successor(
            String name,
            UUID instrumentId,
            LocalDate opensOn,
            LocalDate closesOn,
            Integer newThreshold,
            List<LocalDate> reminderDates) {
        requireClosedForSuccessor();
        Campaign next = draft(
                name,
                instrumentId,
                regionCode,
                opensOn,
                closesOn,
                newThreshold == null ? threshold : newThreshold,
                reminderDates);
        next.previousCampaignId = id;
        return next;
    }

    /** 409 unless this campaign has closed: only then is it succeeded. */
    public void requireClosedForSuccessor() {
        if (state == CampaignState.DRAFT || state == CampaignState.OPEN) {
            throw ProblemException.conflict(
                    "Campaign %s is %s; a successor is made from a campaign that has closed", id, state);
        }
    }

    /**
     * Last year's reminder dates for a window opening on {@code newOpensOn}: each at the same distance from the opening
     * day as before; one that falls outside the new window is left out (a campaign opened or closed early by hand no
     * longer has its planned window).
     */
    public List<LocalDate> remindersMovedTo(LocalDate newOpensOn, LocalDate newClosesOn) {
        long days = ChronoUnit.DAYS.between(opensOn, newOpensOn);
        return reminders.stream()
                .map(r -> r.sendOn.plusDays(days))
                .filter(date -> !date.isBefore(newOpensOn) && !date.isAfter(newClosesOn))
                .toList();
    }

    /** The name for a successor opening in {@code year}: this name with its year replaced, or the year added. */
    public String successorName(int year) {
        String previousYear = String.valueOf(opensOn.getYear());
        return name.matches(".*\\b" + previousYear + "\\b.*")
                ? name.replaceAll("\\b" + previousYear + "\\b", String.valueOf(year))
                : name + " " + year;
    }

    /**
     * DRAFT -> OPEN on {@code today}, by hand or on its opening date: a campaign opened early opens today, one whose
     * window has passed cannot be opened any more (409).
     */
    public void open(LocalDate today) {
        if (state != CampaignState.DRAFT) {
            throw ProblemException.conflict("Campaign %s is %s; only a DRAFT campaign can be opened", id, state);
        }
        if (closesOn.isBefore(today)) {
            throw ProblemException.conflict(
                    "Campaign %s closed on %s, before it was opened; create a new campaign", id, closesOn);
        }
        if (opensOn.isAfter(today)) {
            opensOn = today;
        }
        state = CampaignState.OPEN;
    }

    /** OPEN -> CLOSED on {@code today}: a campaign closed early closes today; only an OPEN campaign closes (409). */
    public void close(LocalDate today) {
        if (state != CampaignState.OPEN) {
            throw ProblemException.conflict("Campaign %s is %s; only an OPEN campaign can be closed", id, state);
        }
        if (closesOn.isAfter(today)) {
            closesOn = today;
        }
        state = CampaignState.CLOSED;
    }

    /** Whether the reports are still to be produced: the campaign has closed and is not yet REPORTED. */
    public boolean awaitsReports() {
        return state == CampaignState.CLOSED;
    }

    /** CLOSED -> REPORTED, once every programme has its report. */
    public void reported() {
        if (state != CampaignState.CLOSED) {
            throw new IllegalStateException(
                    "Campaign %s is %s; only a CLOSED campaign is reported".formatted(id, state));
        }
        state = CampaignState.REPORTED;
    }

    /** Whether reports can be read: only once they have been produced. */
    public boolean hasReports() {
        return state == CampaignState.REPORTED;
    }

    /** The release rule: a programme gets its report when at least the threshold of its residents responded. */
    public boolean releases(int respondents) {
        return respondents >= threshold;
    }

    /** Whether the scheduler opens this campaign on {@code today}: a DRAFT whose window has begun and not yet passed. */
    public boolean opensBy(LocalDate today) {
        return state == CampaignState.DRAFT && !opensOn.isAfter(today) && !closesOn.isBefore(today);
    }

    /** Whether the scheduler closes this campaign on {@code today}: an OPEN campaign the day after its window. */
    public boolean closesBy(LocalDate today) {
        return state == CampaignState.OPEN && closesOn.isBefore(today);
    }

    /**
     * The reminders due on {@code today} (not sent, date reached), marked sent; none unless the campaign is OPEN, and
     * then they stay unsent.
     */
    public List<Reminder> takeRemindersDue(LocalDate today) {
        if (state != CampaignState.OPEN) {
            return List.of();
        }
        List<Reminder> due = reminders.stream()
                .filter(r -> !r.sent && !r.sendOn.isAfter(today))
                .toList();
        due.forEach(r -> r.sent = true);
        return due;
    }

    @Embeddable
    public static class Reminder {
        public LocalDate sendOn;

        public boolean sent;
    }
}

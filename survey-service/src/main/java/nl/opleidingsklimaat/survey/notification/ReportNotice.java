package nl.opleidingsklimaat.survey.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A mail owed because a campaign's reports were produced: to the COC of an institution (no programme) or to the
 * director of a programme. Settled once sent, switched off, without an address, or given up after
 * {@link #MAX_ATTEMPTS}; until then retried with a growing pause.
 */
@Entity
@Table(name = "report_notice")
@IdClass(ReportNotice.Key.class)
public class ReportNotice extends PanacheEntityBase {
    static final String COC = "";
    static final int MAX_ATTEMPTS = 10;
    private static final Duration LONGEST_PAUSE = Duration.ofHours(6);
    /** How long a mail without an address waits for one (set after closing), looked at once an hour. */
    static final Duration WAIT_FOR_ADDRESS = Duration.ofDays(14);

    @Id
    public UUID campaignId;

    @Id
    public String institutionCode;

    /** The programme whose director is told, or {@code ""} for the institution's COC. */
    @Id
    public String programmeCode;

    public String kind;
    public OffsetDateTime createdAt;
    public int attempts;
    public OffsetDateTime nextAttemptAt;
    public OffsetDateTime settledAt;
    public String outcome;

    static ReportNotice of(UUID campaignId, String institutionCode, String programmeCode, String kind) {
        ReportNotice notice = new ReportNotice();
        notice.campaignId = campaignId;
        notice.institutionCode = institutionCode;
        notice.programmeCode = programmeCode;
        notice.kind = kind;
        notice.createdAt = OffsetDateTime.now();
        notice.nextAttemptAt = notice.createdAt;
        return notice;
    }

    boolean forCoc() {
        return COC.equals(programmeCode);
    }

    void settle(String outcome, OffsetDateTime now) {
        this.outcome = outcome;
        this.settledAt = now;
    }

    /** No address known yet: look again in an hour, until {@link #WAIT_FOR_ADDRESS} has passed. */
    void withoutAddress(OffsetDateTime now) {
        if (now.isAfter(createdAt.plus(WAIT_FOR_ADDRESS))) {
            settle("no-address", now);
        } else {
            nextAttemptAt = now.plusHours(1);
        }
    }

    /** A failed attempt: try again after 1, 2, 4 ... minutes (at most 6 hours), or give up after the last. */
    void failed(OffsetDateTime now) {
        attempts++;
        if (attempts >= MAX_ATTEMPTS) {
            settle("failed", now);
            return;
        }
        Duration pause = Duration.ofMinutes(1L << Math.min(attempts - 1, 20));
        nextAttemptAt = now.plus(pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause);
    }

    public static class Key implements Serializable {
        public UUID campaignId;
        public String institutionCode;
        public String programmeCode;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(campaignId, key.campaignId)
                    && Objects.equals(institutionCode, key.institutionCode)
                    && Objects.equals(programmeCode, key.programmeCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(campaignId, institutionCode, programmeCode);
        }
    }
}

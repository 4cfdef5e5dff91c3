package nl.opleidingsklimaat.survey.campaign;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.opleidingsklimaat.survey.instrument.Instrument;

/** A run of one instrument version in one region, with its window, threshold and reminder dates. */
@Entity
@Table(name = "campaign")
public class Campaign extends PanacheEntityBase {
    @Id
    public UUID id;

    public String name;

    @Column(name = "instrument_id")
    public UUID instrumentId;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "opens_on")
    public LocalDate opensOn;

    @Column(name = "closes_on")
    public LocalDate closesOn;

    public int threshold;

    @Enumerated(EnumType.STRING)
    public CampaignState state;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Version
    public long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "campaign_reminder", joinColumns = @JoinColumn(name = "campaign_id"))
    @OrderBy("sendOn")
    public List<Reminder> reminders = new ArrayList<>();

    /**
     * Locks the campaign row ({@code FOR UPDATE} for transitions, {@code FOR SHARE} for answers, so closing waits for
     * answers in flight) and loads it; null when absent. Locks with plain SQL: Hibernate's follow-on locking of the
     * eager reminder collection is not reliable.
     */
    public static Campaign lock(UUID id, boolean exclusive) {
        List<?> rows = getEntityManager()
                .createNativeQuery("SELECT id FROM campaign WHERE id = ?1 FOR " + (exclusive ? "UPDATE" : "SHARE"))
                .setParameter(1, id)
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Campaign campaign = findById(id);
        getEntityManager().refresh(campaign);
        return campaign;
    }

    public Instrument instrument() {
        return Instrument.findById(instrumentId);
    }

    public boolean acceptsAnswers() {
        return state == CampaignState.OPEN;
    }

    @Embeddable
    public static class Reminder {
        @Column(name = "send_on")
        public LocalDate sendOn;

        public boolean sent;
    }
}

package nl.opleidingsklimaat.survey.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** A programme's outcome at closing: released (respondents at or above the threshold) or withheld. */
@Entity
@Table(name = "programme_report")
@IdClass(ProgrammeReport.Key.class)
public class ProgrammeReport extends PanacheEntityBase {
    @Id
    public UUID campaignId;

    @Id
    public String programmeCode;

    public String institutionCode;

    public int invited;
    public int respondents;
    public boolean released;
    /** Invitations of the programme added after the campaign opened (by the education advisor). */
    public int lateInvitations;

    public static class Key implements Serializable {
        public UUID campaignId;
        public String programmeCode;

        public Key() {}

        public Key(UUID campaignId, String programmeCode) {
            this.campaignId = campaignId;
            this.programmeCode = programmeCode;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(campaignId, key.campaignId)
                    && Objects.equals(programmeCode, key.programmeCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(campaignId, programmeCode);
        }
    }
}

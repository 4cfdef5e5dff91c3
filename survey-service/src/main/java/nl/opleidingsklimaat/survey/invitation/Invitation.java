package nl.opleidingsklimaat.survey.invitation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * One invited resident of a campaign. Keeps only whether it was used: no date of use and no link to the response,
 * so the invitation list cannot be joined to the answers. At closing the e-mail address, reference and used flag are
 * cleared, so afterwards nothing here says who took part.
 */
@Entity
@Table(name = "invitation")
public class Invitation extends PanacheEntityBase {
    @Id
    public UUID id;

    public UUID campaignId;

    public String programmeCode;

    public String institutionCode;

    public String email;
    public String reference;
    public boolean used;
    /** SHA-256 of the questionnaire page's submission id that used the invitation (none by the API); cleared at closing. */
    public String submissionHash;
    /** Added after the campaign opened (by the region's education advisor); counted on the report. */
    public boolean late;
}

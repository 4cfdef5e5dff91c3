package nl.opleidingsklimaat.survey.invitation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The SHA-256 of one personal link's token; the token itself is only ever in the mail. */
@Entity
@Table(name = "invitation_token")
public class InvitationToken extends PanacheEntityBase {
    @Id
    public String tokenHash;

    public UUID invitationId;
}

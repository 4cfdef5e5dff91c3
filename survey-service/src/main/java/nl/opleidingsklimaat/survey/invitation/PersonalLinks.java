package nl.opleidingsklimaat.survey.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import nl.opleidingsklimaat.platform.privacy.LinkTokens;

/** Issues the single-use tokens of personal links ({@link LinkTokens}); only their hash is stored. */
@ApplicationScoped
public class PersonalLinks {
    /** A new token for the invitation; its hash is stored, the token returned to be mailed. */
    public String issue(UUID invitationId) {
        String token = LinkTokens.newToken();
        InvitationToken stored = new InvitationToken();
        stored.tokenHash = hash(token);
        stored.invitationId = invitationId;
        stored.persist();
        return token;
    }

    /** The invitation a token belongs to, if the token is known. */
    public Optional<Invitation> invitation(String token) {
        if (!LinkTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return InvitationToken.<InvitationToken>findByIdOptional(hash(token))
                .map(t -> Invitation.findById(t.invitationId));
    }

    public static String hash(String token) {
        return LinkTokens.hash(token);
    }
}

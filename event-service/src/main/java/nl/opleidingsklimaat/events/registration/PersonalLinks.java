package nl.opleidingsklimaat.events.registration;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import nl.opleidingsklimaat.platform.privacy.LinkTokens;

/**
 * The personal links to a participant's own pages (registration, evaluation, certificate), made by {@link LinkTokens};
 * only their hash is stored on the registration. A new link replaces the previous one.
 */
@ApplicationScoped
public class PersonalLinks {
    /** A new token for the registration, replacing any earlier one; returned once, to be handed to the participant. */
    public String issue(Registration registration) {
        String token = LinkTokens.newToken();
        registration.pageTokenHash = LinkTokens.hash(token);
        return token;
    }

    /**
     * A new token for the registration, replacing any earlier one, written by an update of that one column (the mail
     * relay, which reads the registration without holding it, must not write its other columns).
     */
    public String replace(UUID registrationId) {
        String token = LinkTokens.newToken();
        Registration.update("pageTokenHash = ?1 where id = ?2", LinkTokens.hash(token), registrationId);
        return token;
    }

    /** The registration a token belongs to, if the token is the registration's current one. */
    public Optional<Registration> registration(String token) {
        if (!LinkTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return Registration.find("pageTokenHash", LinkTokens.hash(token)).firstResultOptional();
    }
}

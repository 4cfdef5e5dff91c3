package nl.opleidingsklimaat.platform.mail;

/**
 * Whether the caller may read and set an institution's mail switches. A service whose organisation lives elsewhere
 * than the platform's replica (quality-framework-service, which owns the registry) provides its own bean; the others
 * use {@link ReplicaMailSwitchAccess}.
 */
public interface MailSwitchAccess {
    /** Nothing when the caller may manage the institution's mail; a 404 problem when it is unknown or out of scope. */
    void requireManageable(String institutionCode);
}

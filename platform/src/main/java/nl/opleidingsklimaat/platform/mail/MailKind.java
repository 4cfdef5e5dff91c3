package nl.opleidingsklimaat.platform.mail;

/**
 * A kind of mail a service sends, switchable per institution. A service declares each of its kinds as a CDI bean
 * (a {@code @Produces} field or method), and asks {@link MailSwitches#enabled} before it sends one.
 *
 * @param code stable code, e.g. {@code overdue-actions-digest}
 * @param description what the mail is, in Dutch, as coordinators see it
 * @param enabledByDefault whether an institution that never set the switch gets the mail
 */
public record MailKind(String code, String description, boolean enabledByDefault) {}

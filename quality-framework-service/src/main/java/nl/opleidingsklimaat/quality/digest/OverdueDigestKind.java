package nl.opleidingsklimaat.quality.digest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import nl.opleidingsklimaat.platform.mail.MailKind;

/** The kinds of mail this service sends, switchable per institution (platform.mail). */
@ApplicationScoped
public class OverdueDigestKind {
    public static final String CODE = "overdue-actions-digest";

    @Produces
    static final MailKind OVERDUE_ACTIONS_DIGEST =
            new MailKind(CODE, "Wekelijks overzicht van verbeteracties over de einddatum, aan hun eigenaar", true);
}

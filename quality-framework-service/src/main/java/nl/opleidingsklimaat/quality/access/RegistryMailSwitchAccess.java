package nl.opleidingsklimaat.quality.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.opleidingsklimaat.platform.mail.MailSwitchAccess;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.quality.registry.Institution;

/** Mail switches of an institution of this service's own registry, within the caller's scope; 404 otherwise. */
@ApplicationScoped
public class RegistryMailSwitchAccess implements MailSwitchAccess {
    @Inject
    Visibility visibility;

    @Override
    public void requireManageable(String institutionCode) {
        Institution institution = Institution.findById(institutionCode);
        if (institution == null || !visibility.institution(institution.code, institution.regionCode)) {
            throw ProblemException.notFound("Institution %s not found", institutionCode);
        }
    }
}

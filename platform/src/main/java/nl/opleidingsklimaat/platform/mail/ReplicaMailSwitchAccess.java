package nl.opleidingsklimaat.platform.mail;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.opleidingsklimaat.platform.organisation.OrganisationDirectory;

/** The institution from the organisation replica, within the caller's scope claims (the COC, the region, a system). */
@ApplicationScoped
@DefaultBean
public class ReplicaMailSwitchAccess implements MailSwitchAccess {
    @Inject
    OrganisationDirectory directory;

    @Override
    public void requireManageable(String institutionCode) {
        directory.visibleInstitution(institutionCode);
    }
}

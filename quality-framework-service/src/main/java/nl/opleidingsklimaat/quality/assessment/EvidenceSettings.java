package nl.opleidingsklimaat.quality.assessment;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** Where evidence from events lands in the framework matrix (actor and domain codes of the framework). */
@ConfigMapping(prefix = "quality.evidence")
public interface EvidenceSettings {
    /** Released reports: the programme's opleider en opleidingsgroep, domain opleidingsklimaat. */
    @WithDefault("opleider-en-opleidingsgroep")
    String reportActor();

    @WithDefault("opleidingsklimaat")
    String reportDomain();

    /** Attendance of a participant with a programme. */
    @WithDefault("opleider-en-opleidingsgroep")
    String programmeProfessionalisationActor();

    /** Attendance of a participant without a programme counts for the institution's COC. */
    @WithDefault("coc")
    String institutionProfessionalisationActor();

    @WithDefault("professionalisering")
    String professionalisationDomain();

    /** Attendance roles whose points count as the supervisors' professionalisation on the dashboards. */
    @WithDefault("supervisor,programme-director")
    List<String> supervisorRoles();
}

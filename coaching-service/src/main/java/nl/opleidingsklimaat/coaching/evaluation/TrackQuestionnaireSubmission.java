package nl.opleidingsklimaat.coaching.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** That a track's questionnaire was answered (once each); kept apart from the scores, so these stay anonymous. */
@Entity
@Table(name = "track_questionnaire_submission")
public class TrackQuestionnaireSubmission extends PanacheEntityBase {
    @Id
    @GeneratedValue
    public UUID id;

    public UUID trackId;

    @Enumerated(EnumType.STRING)
    public TrackQuestionnaire questionnaire;

    static boolean answered(UUID trackId, TrackQuestionnaire questionnaire) {
        return count("trackId = ?1 and questionnaire = ?2", trackId, questionnaire) > 0;
    }
}

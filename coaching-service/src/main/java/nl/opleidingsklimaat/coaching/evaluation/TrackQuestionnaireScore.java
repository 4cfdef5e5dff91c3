package nl.opleidingsklimaat.coaching.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import nl.opleidingsklimaat.coaching.policy.Coachee;

/** One opened score of one item: the institution and whom the track was for, never the track or the person. */
@Entity
@Table(name = "track_questionnaire_score")
public class TrackQuestionnaireScore extends PanacheEntityBase {
    @Id
    @GeneratedValue
    public UUID id;

    public String institutionCode;

    @Enumerated(EnumType.STRING)
    public Coachee coachee;

    @Enumerated(EnumType.STRING)
    public TrackQuestionnaire questionnaire;

    public String item;
    public int score;
}

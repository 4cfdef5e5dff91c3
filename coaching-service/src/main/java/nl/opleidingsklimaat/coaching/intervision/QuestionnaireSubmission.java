package nl.opleidingsklimaat.coaching.intervision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** That a member answered a phase of the questionnaire; kept apart from the scores, so these stay anonymous. */
@Entity
@Table(name = "questionnaire_submission")
public class QuestionnaireSubmission extends PanacheEntityBase {
    @Id
    @GeneratedValue
    public UUID id;

    public UUID groupId;

    @Enumerated(EnumType.STRING)
    public Phase phase;

    public String residentReference;
}

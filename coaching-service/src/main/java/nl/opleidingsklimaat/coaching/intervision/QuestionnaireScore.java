package nl.opleidingsklimaat.coaching.intervision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** One anonymous score on one measure; no link to who gave it. */
@Entity
@Table(name = "questionnaire_score")
public class QuestionnaireScore extends PanacheEntityBase {
    @Id
    @GeneratedValue
    public UUID id;

    public UUID groupId;

    @Enumerated(EnumType.STRING)
    public Phase phase;

    public String measure;
    public int score;
}

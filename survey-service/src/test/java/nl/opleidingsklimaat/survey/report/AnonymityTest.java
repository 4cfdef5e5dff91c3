package nl.opleidingsklimaat.survey.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import nl.opleidingsklimaat.survey.Fixtures;
import org.junit.jupiter.api.Test;

/** Anonymity by construction: the schema itself offers nothing to join an invitation to a response. */
@QuarkusTest
class AnonymityTest {
    @Inject
    AgroalDataSource db;

    @Inject
    MockMailbox mailbox;

    @Test
    void afterClosingNotEvenPostgresSystemColumnsPairAResponseWithItsInvitation() {
        String region = Fixtures.unique("OOR");
        String programme = Fixtures.unique("P");
        Fixtures.registerProgramme(db, programme, Fixtures.unique("INST"), region);
        String campaign = Fixtures.createCampaign(region, "opleidingsmonitor", 4);
        List<String> emails = Fixtures.inviteResidents(campaign, region, programme, 3);
        Fixtures.open(campaign, region);
        for (String email : emails.subList(0, 2)) {
            Fixtures.answer(Fixtures.tokenFor(mailbox, email), Fixtures.monitorAnswers(4));
        }
        Fixtures.close(campaign, region);
        assertThat(Fixtures.count(
                        db, "SELECT count(DISTINCT xmin::text) FROM response WHERE campaign_id = ?::uuid", campaign))
                .isEqualTo(1);
        assertThat(Fixtures.count(
                        db, "SELECT count(DISTINCT xmin::text) FROM invitation WHERE campaign_id = ?::uuid", campaign))
                .isEqualTo(1);
        assertThat(Fixtures.count(db, "SELECT count(*) FROM invitation WHERE campaign_id = ?::uuid AND used", campaign))
                .as("after closing no invitation records whether it was used")
                .isZero();
        assertThat(Fixtures.count(db, "SELECT count(*) FROM response WHERE campaign_id = ?::uuid", campaign))
                .isEqualTo(2);
    }

    @Test
    void aResponseRowHoldsOnlyItsCampaignProgrammeAndARandomId() {
        assertThat(Fixtures.strings(db, """
                SELECT column_name FROM information_schema.columns
                WHERE table_schema = current_schema() AND table_name = 'response' ORDER BY column_name""")).containsExactly("campaign_id", "id", "programme_code");
        assertThat(Fixtures.strings(db, """
                SELECT column_name FROM information_schema.columns
                WHERE table_schema = current_schema() AND table_name = 'response_answer' ORDER BY column_name"""))
                .containsExactly("item_id", "not_applicable", "numeric_value", "response_id", "text_value");
        assertThat(Fixtures.strings(db, """
                SELECT data_type FROM information_schema.columns
                WHERE table_schema = current_schema() AND table_name = 'response' AND column_name = 'id'""")).containsExactly("uuid");
    }

    @Test
    void noAnswerTableHasATimestampSequenceOrIdentity() {
        assertThat(Fixtures.count(db, """
                SELECT count(*) FROM information_schema.columns
                WHERE table_schema = current_schema() AND table_name IN ('response', 'response_answer', 'invitation', 'invitation_token')
                  AND (data_type LIKE 'timestamp%' OR data_type IN ('date', 'time without time zone', 'time with time zone', 'interval')
                       OR is_identity = 'YES' OR column_default LIKE 'nextval%'
                       OR data_type IN ('bigint', 'integer', 'smallint') AND column_name <> 'numeric_value')""")).isZero();
        assertThat(Fixtures.count(db, """
                SELECT count(*) FROM information_schema.sequences s WHERE s.sequence_schema = current_schema()
                  AND EXISTS (SELECT 1 FROM pg_depend d JOIN pg_class c ON c.oid = d.objid JOIN pg_class t ON t.oid = d.refobjid
                              WHERE c.relname = s.sequence_name AND t.relname IN ('response', 'response_answer', 'invitation'))""")).isZero();
    }

    @Test
    void noForeignKeyOrColumnLinksInvitationsAndResponses() {
        assertThat(Fixtures.count(db, """
                SELECT count(*) FROM information_schema.table_constraints tc
                JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema
                WHERE tc.table_schema = current_schema() AND tc.constraint_type = 'FOREIGN KEY'
                  AND ((tc.table_name IN ('response', 'response_answer') AND ccu.table_name IN ('invitation', 'invitation_token'))
                    OR (tc.table_name IN ('invitation', 'invitation_token') AND ccu.table_name IN ('response', 'response_answer')))""")).isZero();
        assertThat(Fixtures.count(db, """
                SELECT count(*) FROM information_schema.columns
                WHERE table_schema = current_schema()
                  AND ((table_name IN ('response', 'response_answer') AND (column_name LIKE '%invitation%' OR column_name LIKE '%token%'
                        OR column_name LIKE '%email%' OR column_name LIKE '%reference%'))
                    OR (table_name IN ('invitation', 'invitation_token') AND column_name LIKE '%response%'))""")).isZero();
        assertThat(Fixtures.strings(db, """
                SELECT column_name FROM information_schema.columns
                WHERE table_schema = current_schema() AND table_name = 'invitation' ORDER BY column_name"""))
                .as("the invitation keeps whether it was used (and the hash of the page form that used it, a random id"
                        + " without time, cleared at closing), not when")
                .containsExactly(
                        "campaign_id",
                        "email",
                        "id",
                        "institution_code",
                        "late",
                        "programme_code",
                        "reference",
                        "submission_hash",
                        "used");
    }
}

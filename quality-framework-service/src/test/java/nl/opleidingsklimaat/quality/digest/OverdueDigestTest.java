package nl.opleidingsklimaat.quality.digest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import nl.opleidingsklimaat.quality.Fixtures;
import nl.opleidingsklimaat.testsupport.Mailbox;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The weekly digest of overdue actions reaches each owner over real SMTP, in Dutch, once a week, and not at all in an
 * institution whose COC switched it off.
 */
@QuarkusTest
class OverdueDigestTest {
    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Inject
    OverdueDigest digest;

    @Test
    void theOwnerGetsADutchDigestOfTheirOverdueActionsOnceAWeek() {
        Fixtures.Organisation org = Fixtures.organisation();
        String director = TestTokens.director(org.programme());
        String plan = plan(director, org.programme());
        String owner = Fixtures.unique("owner").toLowerCase() + "@ziekenhuis.nl";
        String other = Fixtures.unique("other").toLowerCase() + "@ziekenhuis.nl";
        action(
                director,
                plan,
                "Inwerkprotocol schrijven",
                owner,
                LocalDate.now(AMSTERDAM).minusDays(10));
        action(
                director,
                plan,
                "Vaste supervisor per dienst inroosteren",
                owner,
                LocalDate.now(AMSTERDAM).minusDays(1));
        action(
                director,
                plan,
                "Feedbackmoment na elke dienst",
                owner,
                LocalDate.now(AMSTERDAM).plusDays(5)); // not yet due
        action(
                director,
                plan,
                "Mentoraat opzetten",
                other,
                LocalDate.now(AMSTERDAM).minusDays(3));

        digest.sendDue(dueThisWeek());

        List<MimeMessage> mails = Mailbox.to(owner);
        assertThat(mails).hasSize(1);
        String text = Mailbox.text(mails.get(0));
        assertThat(subject(mails.get(0)))
                .isEqualTo("Verbeteracties over de einddatum - Ziekenhuis " + org.institution());
        assertThat(text)
                .contains("Beste collega,")
                .contains("De einddatum van de volgende 2 verbeteracties waarvan u eigenaar bent, is verstreken:")
                .contains("Inwerkprotocol schrijven")
                .contains("10 dagen over tijd")
                .contains("Vaste supervisor per dienst inroosteren")
                .contains("1 dag over tijd")
                .contains("verbeterplan: Verbeterplan 2026 (" + org.programme() + ")")
                .doesNotContain("Feedbackmoment")
                .doesNotContain("Mentoraat");
        assertThat(text.indexOf("Inwerkprotocol")).isLessThan(text.indexOf("Vaste supervisor"));
        assertThat(Mailbox.to(other)).hasSize(1);
        assertThat(Mailbox.text(Mailbox.to(other).get(0)))
                .contains("De einddatum van de volgende verbeteractie")
                .doesNotContain("Inwerkprotocol");

        // a second run in the same week (another instance, a restart) sends nothing more
        digest.sendDue(dueThisWeek().plusHours(1));
        assertThat(Mailbox.to(owner)).hasSize(1);
    }

    @Test
    void anInstitutionThatSwitchedTheDigestOffGetsNone() {
        Fixtures.Organisation org = Fixtures.organisation();
        String director = TestTokens.director(org.programme());
        String plan = plan(director, org.programme());
        String owner = Fixtures.unique("owner").toLowerCase() + "@ziekenhuis.nl";
        action(
                director,
                plan,
                "Inwerkprotocol schrijven",
                owner,
                LocalDate.now(AMSTERDAM).minusDays(2));
        given().auth()
                .oauth2(TestTokens.coc(org.institution()))
                .contentType(ContentType.JSON)
                .body(Map.of("enabled", false))
                .put("/api/mail-switches/institutions/{code}/overdue-actions-digest", org.institution())
                .then()
                .statusCode(200)
                .body("enabled", equalTo(false));

        digest.sendDue(dueThisWeek());

        assertThat(Mailbox.to(owner)).isEmpty();
    }

    @Test
    void beforeTheConfiguredDayAndTimeNothingIsSent() {
        Fixtures.Organisation org = Fixtures.organisation();
        String director = TestTokens.director(org.programme());
        String owner = Fixtures.unique("owner").toLowerCase() + "@ziekenhuis.nl";
        action(
                director,
                plan(director, org.programme()),
                "Inwerkprotocol schrijven",
                owner,
                LocalDate.now(AMSTERDAM).minusDays(2));

        assertThat(digest.sendDue(thisWeeksMondayAt(6))).isZero();
        assertThat(Mailbox.to(owner)).isEmpty();
    }

    /** A moment this week when the digest is due (Monday 07:00 Amsterdam): now, or Monday 08:00 if now is earlier. */
    private static ZonedDateTime dueThisWeek() {
        ZonedDateTime now = ZonedDateTime.now(AMSTERDAM);
        ZonedDateTime monday = thisWeeksMondayAt(8);
        return now.isAfter(monday) ? now : monday;
    }

    private static ZonedDateTime thisWeeksMondayAt(int hour) {
        return LocalDate.now(AMSTERDAM)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .atTime(hour, 0)
                .atZone(AMSTERDAM);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String plan(String token, String programme) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "subjectType",
                        "PROGRAMME",
                        "subjectCode",
                        programme,
                        "cycle",
                        "2026",
                        "title",
                        "Verbeterplan 2026"))
                .post("/api/improvement-plans")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void action(String token, String plan, String what, String ownerEmail, LocalDate due) {
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "what",
                        what,
                        "ownerReference",
                        "person-8",
                        "ownerEmail",
                        ownerEmail,
                        "dueDate",
                        due.toString()))
                .post("/api/improvement-plans/" + plan + "/actions")
                .then()
                .statusCode(201)
                .body("ownerEmail", equalTo(ownerEmail));
    }
}

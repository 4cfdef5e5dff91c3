package nl.opleidingsklimaat.survey.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.opleidingsklimaat.contracts.Subjects;
import nl.opleidingsklimaat.contracts.quality.InstitutionRegistered;
import nl.opleidingsklimaat.contracts.quality.QualityEvents;
import nl.opleidingsklimaat.survey.Fixtures;
import nl.opleidingsklimaat.testsupport.TestEvents;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A report mail owed while the mail server is down is not lost: it waits in the database and goes out, once, when
 * the server is back. Real SMTP (GreenMail), stopped and started again on the same port.
 */
@QuarkusTest
@TestProfile(ReportMailWhileSmtpIsDownTest.RealSmtp.class)
class ReportMailWhileSmtpIsDownTest {
    private static final Pattern LINK = Pattern.compile("/vragenlijst/([A-Za-z0-9_-]+)");

    public static class RealSmtp implements QuarkusTestProfile {
        // Quarkus loads the profile and the test in different class loaders: the port is shared through a system
        // property, so both see the same one.
        static final int PORT = Integer.parseInt(System.getProperties()
                .computeIfAbsent("report-mail-test.smtp-port", k -> Integer.toString(freePort()))
                .toString());

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.mailer.mock", "false",
                    "quarkus.mailer.host", "127.0.0.1",
                    "quarkus.mailer.port", Integer.toString(PORT),
                    "quarkus.mailer.tls", "false",
                    "quarkus.mailer.start-tls", "DISABLED");
        }
    }

    @Inject
    AgroalDataSource db;

    private GreenMail smtp;

    @AfterEach
    void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void aMailOwedWhileTheMailServerIsDownGoesOutOnceWhenItIsBack() {
        smtp = startSmtp();
        String region = Fixtures.unique("OOR");
        String institution = Fixtures.unique("INST");
        String programme = Fixtures.unique("P4");
        TestEvents.publish(
                QualityEvents.INSTITUTION_REGISTERED,
                Subjects.institution(institution),
                new InstitutionRegistered(institution, "Ziekenhuis " + institution, region, true));
        Fixtures.registerProgramme(db, programme, institution, region);
        String coc = "coc." + institution.toLowerCase() + "@ziekenhuis.nl";
        String director = "opleider." + programme.toLowerCase() + "@ziekenhuis.nl";
        given().auth()
                .oauth2(TestTokens.coordinator(region))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "cocMailbox", coc, "directors", List.of(Map.of("programmeCode", programme, "email", director))))
                .put("/api/report-recipients/institutions/{code}", institution)
                .then()
                .statusCode(200);
        String campaign = Fixtures.createCampaign(region, "opleidingsmonitor", 4);
        List<String> residents = Fixtures.inviteResidents(campaign, region, programme, 4);
        Fixtures.open(campaign, region);
        for (String resident : residents) {
            Fixtures.answer(token(resident), Fixtures.monitorAnswers(4));
        }

        smtp.stop();
        smtp = null;
        Fixtures.close(campaign, region);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Fixtures.count(
                                db,
                                "SELECT count(*) FROM report_notice WHERE campaign_id = ?::uuid AND attempts > 0"
                                        + " AND settled_at IS NULL",
                                campaign)
                        == 2);

        smtp = startSmtp();
        // as if the pause before the next attempt had passed
        Fixtures.count(
                db,
                "WITH due AS (UPDATE report_notice SET next_attempt_at = now() WHERE campaign_id = ?::uuid RETURNING 1)"
                        + " SELECT count(*) FROM due",
                campaign);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> received(coc).size() == 1 && received(director).size() == 1);
        assertThat(GreenMailUtil.getBody(received(director).get(0))).contains("staat klaar");
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(received(coc)).hasSize(1);
        assertThat(received(director)).hasSize(1);
        assertThat(Fixtures.strings(
                        db, "SELECT DISTINCT outcome FROM report_notice WHERE campaign_id = ?::uuid", campaign))
                .containsExactly("sent");
    }

    private String token(String resident) {
        List<MimeMessage> mails =
                await().atMost(Duration.ofSeconds(30)).until(() -> received(resident), m -> !m.isEmpty());
        Matcher link = LINK.matcher(GreenMailUtil.getBody(mails.get(mails.size() - 1)));
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    private List<MimeMessage> received(String address) {
        if (smtp == null) {
            return List.of();
        }
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> addressedTo(m, address))
                .toList();
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(r -> r.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GreenMail startSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(RealSmtp.PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        return server;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

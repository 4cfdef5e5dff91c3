package nl.opleidingsklimaat.survey;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.opleidingsklimaat.contracts.Subjects;
import nl.opleidingsklimaat.contracts.Topics;
import nl.opleidingsklimaat.contracts.quality.InstitutionRegistered;
import nl.opleidingsklimaat.contracts.quality.ProgrammeRegistered;
import nl.opleidingsklimaat.contracts.quality.QualityEvents;
import nl.opleidingsklimaat.testsupport.TestEvents;
import nl.opleidingsklimaat.testsupport.TestSql;
import nl.opleidingsklimaat.testsupport.TestTokens;
import nl.opleidingsklimaat.testsupport.TopicReader;

/** Builds the state a test needs through the API and the broker, as users and other services would. */
public final class Fixtures {
    /** Campaigns driven by hand open far in the future, so the real scheduler never touches them. */
    public static final LocalDate FAR_OPENS = LocalDate.now().plusYears(8);

    /** The personal link in a mail: the questionnaire page's address and the token. */
    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+/vragenlijst/([A-Za-z0-9_-]+)");

    private Fixtures() {}

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** Publishes ProgrammeRegistered as quality-framework-service would and waits until the replica has it. */
    public static void registerProgramme(DataSource db, String code, String institution, String region) {
        TestEvents.publish(
                QualityEvents.PROGRAMME_REGISTERED,
                Subjects.programme(code),
                new ProgrammeRegistered(
                        code,
                        "Opleiding " + code,
                        "INT",
                        institution,
                        region,
                        "CL-" + region,
                        "director-" + code,
                        true));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(db, "SELECT count(*) FROM programme_replica WHERE code = ?", code) == 1);
    }

    /** A new region the organisation replica knows (through an institution registered in it), as campaigns need. */
    public static String knownRegion(DataSource db) {
        String region = unique("OOR");
        String institution = unique("INST");
        TestEvents.publish(
                QualityEvents.INSTITUTION_REGISTERED,
                Subjects.institution(institution),
                new InstitutionRegistered(institution, "Ziekenhuis " + institution, region, true));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(db, "SELECT count(*) FROM institution_replica WHERE code = ?", institution) == 1);
        return region;
    }

    public static String createCampaign(String region, String instrumentCode, int threshold) {
        return given().auth()
                .oauth2(TestTokens.coordinator(region))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Campagne " + region,
                        "instrumentCode",
                        instrumentCode,
                        "instrumentVersion",
                        "2026.1",
                        "regionCode",
                        region,
                        "opensOn",
                        FAR_OPENS.toString(),
                        "closesOn",
                        FAR_OPENS.plusDays(29).toString(),
                        "threshold",
                        threshold))
                .post("/api/campaigns")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static void invite(String campaignId, String region, List<Map<String, Object>> rows) {
        given().auth()
                .oauth2(TestTokens.coordinator(region))
                .contentType(ContentType.JSON)
                .body(Map.of("invitations", rows))
                .post("/api/campaigns/{id}/invitations", campaignId)
                .then()
                .statusCode(200);
    }

    /** Invites n residents of the programme; returns their e-mail addresses. */
    public static List<String> inviteResidents(String campaignId, String region, String programme, int n) {
        List<String> emails = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String email = "aios" + i + "." + programme.toLowerCase() + "@example.org";
            emails.add(email);
            rows.add(Map.of("email", email, "programmeCode", programme));
        }
        invite(campaignId, region, rows);
        return emails;
    }

    public static void open(String campaignId, String region) {
        given().auth()
                .oauth2(TestTokens.coordinator(region))
                .post("/api/campaigns/{id}/open", campaignId)
                .then()
                .statusCode(200);
    }

    public static void close(String campaignId, String region) {
        given().auth()
                .oauth2(TestTokens.coordinator(region))
                .post("/api/campaigns/{id}/close", campaignId)
                .then()
                .statusCode(200);
    }

    /** An open campaign with residents of one new programme invited, and the links they were mailed. */
    public record OpenCampaign(
            String region, String programme, String campaign, List<String> emails, List<String> tokens) {}

    /** Registers a new programme in a new region, invites n of its residents to a campaign of the instrument, opens it. */
    public static OpenCampaign openCampaign(DataSource db, MockMailbox mailbox, String instrument, int residents) {
        String region = unique("OOR");
        String programme = unique("P");
        registerProgramme(db, programme, unique("INST"), region);
        String campaign = createCampaign(region, instrument, 4);
        List<String> emails = inviteResidents(campaign, region, programme, residents);
        open(campaign, region);
        return new OpenCampaign(
                region,
                programme,
                campaign,
                emails,
                emails.stream().map(e -> tokenFor(mailbox, e)).toList());
    }

    /** The token of the latest link mailed to this address. */
    public static String tokenFor(MockMailbox mailbox, String email) {
        return latestLink(mailbox, email).group(1);
    }

    /** The path of the latest personal link mailed to this address ({@code /vragenlijst/<token>}), as a resident clicks it. */
    public static String linkPathFor(MockMailbox mailbox, String email) {
        return URI.create(latestLink(mailbox, email).group()).getPath();
    }

    private static Matcher latestLink(MockMailbox mailbox, String email) {
        List<Mail> mails = mailbox.getMailsSentTo(email);
        if (mails == null || mails.isEmpty()) {
            throw new AssertionError("No mail sent to " + email);
        }
        Matcher matcher = LINK.matcher(mails.get(mails.size() - 1).getText());
        if (!matcher.find()) {
            throw new AssertionError("No link to the questionnaire page in the mail to " + email);
        }
        return matcher;
    }

    /** The region's education advisor adds one late invitation to the open campaign (it is mailed at once). */
    public static void inviteLate(String campaignId, String region, String programme) {
        given().auth()
                .oauth2(TestTokens.advisor(region))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "invitations",
                        List.of(Map.of(
                                "email",
                                "laat." + programme.toLowerCase() + "@example.org",
                                "programmeCode",
                                programme))))
                .post("/api/campaigns/{id}/invitations", campaignId)
                .then()
                .statusCode(200);
    }

    /** The items of a complete Opleidingsmonitor answer that take a value. */
    public static final List<String> MONITOR_SCORED_ITEMS = List.of(
            "BS-01", "BS-02", "BS-03", "BS-04", "BS-05", "OK-01", "OK-02", "OK-03", "OK-04", "OK-05", "OO-01", "OO-02",
            "OO-03", "OO-04");

    /** A complete, valid Opleidingsmonitor answer with every scored item at the value. */
    public static Map<String, Object> monitorAnswers(int value) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (String item : List.of(
                "BS-01", "BS-02", "BS-03", "BS-04", "BS-05", "OK-01", "OK-02", "OK-03", "OK-05", "OO-01", "OO-02",
                "OO-03", "OO-04")) {
            answers.add(Map.of("item", item, "value", value));
        }
        // OK-04 (ongewenst gedrag) is scored the other way round: "nooit" (1) is best.
        answers.add(Map.of("item", "OK-04", "value", 6 - value));
        return new HashMap<>(Map.of("answers", answers));
    }

    /** The sealed ballots waiting in a campaign's box (answers given while it is open). */
    public static long ballots(DataSource db, String campaignId) {
        return count(db, "SELECT count(*) FROM sealed_ballot WHERE box = ?", "campaign/" + campaignId);
    }

    public static long responses(DataSource db, String campaignId) {
        return count(db, "SELECT count(*) FROM response WHERE campaign_id = ?::uuid", campaignId);
    }

    /** The answers with an open text added to the given item. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> withText(Map<String, Object> body, String item, String text) {
        List<Map<String, Object>> answers = new ArrayList<>((List<Map<String, Object>>) body.get("answers"));
        answers.add(Map.of("item", item, "text", text));
        body.put("answers", answers);
        return body;
    }

    /** The answers with "niet van toepassing" for the given item instead of its value. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> notApplicable(Map<String, Object> body, String item) {
        List<Map<String, Object>> answers = new ArrayList<>((List<Map<String, Object>>) body.get("answers"));
        answers.replaceAll(a -> a.get("item").equals(item) ? Map.of("item", item, "notApplicable", true) : a);
        body.put("answers", answers);
        return body;
    }

    public static void answer(String token, Map<String, Object> body) {
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/answers/{token}", token)
                .then()
                .statusCode(200);
    }

    /** The events of this type about the campaign that are really on survey.v1, once at least {@code atLeast} arrived. */
    public static List<JsonPath> surveyEvents(String campaignId, String type, int atLeast) {
        List<JsonPath> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            found.clear();
            TopicReader.readAll(Topics.SURVEY, v -> v.contains(campaignId) && v.contains(type), Duration.ofMillis(500))
                    .forEach(r -> found.add(new JsonPath(r.value())));
            return found.size() >= atLeast;
        });
        return found;
    }

    public static long count(DataSource db, String sql, Object... params) {
        return TestSql.count(db, sql, params);
    }

    public static List<String> strings(DataSource db, String sql, Object... params) {
        try (Connection connection = db.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    values.add(result.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

package nl.opleidingsklimaat.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import nl.opleidingsklimaat.testsupport.PackagedService;
import nl.opleidingsklimaat.testsupport.TestTokens;

/**
 * An Opleidingsmonitor campaign of the national region, created, filled with invitations and opened through the
 * REST API. Personal links only ever leave survey-service by mail, so the scenario adds a second, known link to each
 * invitation the way a reminder does (a row in {@code invitation_token} holding the SHA-256 of {@code bench-<id>}); the
 * answers then go through the public answer endpoint like any resident's.
 */
public final class SurveyCampaign {
    public record Link(String token, String programme) {}

    private final BenchPlatform platform;
    private final String id;
    private final List<Link> links = new ArrayList<>();
    private final List<byte[]> answerBodies = new ArrayList<>();
    private int nextLink;

    private SurveyCampaign(BenchPlatform platform, String id) {
        this.platform = platform;
        this.id = id;
    }

    /**
     * A campaign with {@code invitedPerProgramme.get(p)} residents invited in programme p, opened by hand. It is dated
     * from tomorrow so that the scheduler (of any instance) cannot open it between the invitations and the opening;
     * opening by hand moves the date to today.
     */
    public static SurveyCampaign open(BenchPlatform platform, String name, Map<String, Integer> invitedPerProgramme) {
        String survey = platform.url(PackagedService.SURVEY);
        String coordinator = TestTokens.coordinator(NationalRegion.REGION);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        String id = Api.post(
                        survey + "/api/campaigns",
                        coordinator,
                        Map.of(
                                "name",
                                name,
                                "instrumentCode",
                                "opleidingsmonitor",
                                "instrumentVersion",
                                "2026.1",
                                "regionCode",
                                NationalRegion.REGION,
                                "opensOn",
                                today.plusDays(1).toString(),
                                "closesOn",
                                today.plusDays(28).toString(),
                                "threshold",
                                4))
                .expect(201)
                .text("id");
        List<Map<String, String>> rows = new ArrayList<>();
        String tag = name.toLowerCase().replaceAll("[^a-z0-9]", "");
        invitedPerProgramme.forEach((programme, count) -> {
            for (int i = 1; i <= count; i++) {
                rows.add(Map.of(
                        "email",
                        "aios" + i + "." + programme.toLowerCase() + "@" + tag + ".bench.example.org",
                        "programmeCode",
                        programme));
            }
        });
        for (int from = 0; from < rows.size(); from += 5000) {
            Api.post(
                            survey + "/api/campaigns/" + id + "/invitations",
                            coordinator,
                            Map.of("invitations", rows.subList(from, Math.min(rows.size(), from + 5000))))
                    .expect(200);
        }
        long t0 = System.nanoTime();
        Api.post(survey + "/api/campaigns/" + id + "/open", coordinator, null).expect(200);
        System.out.printf(
                "campaign '%s': %d invitations imported, opened (and mailed) in %.1f s%n",
                name, rows.size(), (System.nanoTime() - t0) / 1e9);
        SurveyCampaign campaign = new SurveyCampaign(platform, id);
        campaign.addKnownLinks();
        campaign.prepareAnswerBodies();
        return campaign;
    }

    private void addKnownLinks() {
        try (Connection connection = platform.connect(PackagedService.SURVEY)) {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO invitation_token (token_hash, invitation_id)
                    SELECT encode(sha256(convert_to('bench-' || id, 'UTF8')), 'hex'), id FROM invitation WHERE campaign_id = ?""")) {
                insert.setObject(1, UUID.fromString(id));
                insert.executeUpdate();
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, programme_code FROM invitation WHERE campaign_id = ? ORDER BY programme_code, id")) {
                select.setObject(1, UUID.fromString(id));
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        links.add(new Link("bench-" + result.getString(1), result.getString(2)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 32 different valid answer sets built from the questionnaire as a resident sees it. */
    private void prepareAnswerBodies() {
        JsonNode questionnaire = Api.get(
                        platform.url(PackagedService.SURVEY) + "/api/answers/"
                                + links.get(0).token(),
                        null)
                .expect(200)
                .body();
        Random random = new Random(42);
        for (int variant = 0; variant < 32; variant++) {
            List<Map<String, Object>> answers = new ArrayList<>();
            for (JsonNode section : questionnaire.path("sections")) {
                for (JsonNode question : section.path("questions")) {
                    Map<String, Object> answer = new LinkedHashMap<>();
                    answer.put("item", question.path("item").asText());
                    if ("OPEN_TEXT".equals(question.path("scale").asText())) {
                        if (!question.path("required").asBoolean() && random.nextBoolean()) {
                            continue;
                        }
                        answer.put("text", "Benchmarkantwoord " + variant);
                    } else {
                        JsonNode options = question.path("options");
                        answer.put(
                                "value",
                                options.get(random.nextInt(options.size()))
                                        .path("value")
                                        .asInt());
                    }
                    answers.add(answer);
                }
            }
            try {
                answerBodies.add(Api.JSON.writeValueAsBytes(Map.of("answers", answers)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public String id() {
        return id;
    }

    public List<Link> links() {
        return links;
    }

    /** The next unused link's answer request (the links are handed out in order, each once). */
    public synchronized HttpRequest nextAnswer() {
        Link link = links.get(nextLink);
        byte[] body = answerBodies.get(nextLink % answerBodies.size());
        nextLink++;
        return answer(link, body);
    }

    /** The next unused link, answered through the survey-service instance at {@code baseUrl}. */
    public synchronized CountedLoad.Keyed nextAnswer(String baseUrl) {
        Link link = links.get(nextLink);
        byte[] body = answerBodies.get(nextLink % answerBodies.size());
        nextLink++;
        return new CountedLoad.Keyed(
                link.token(),
                Api.request(baseUrl + "/api/answers/" + link.token(), null)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build());
    }

    public HttpRequest answer(Link link, int variant) {
        return answer(link, answerBodies.get(variant % answerBodies.size()));
    }

    private HttpRequest answer(Link link, byte[] body) {
        return Api.request(platform.url(PackagedService.SURVEY) + "/api/answers/" + link.token(), null)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }

    /**
     * Adds {@code perProgramme} more invitations, with known links, to every programme of this open campaign, straight
     * into the database: only invitations imported through the API are mailed, and the local mock mailbox would hold
     * every one of a long ingestion run's mails in memory.
     */
    public synchronized void addUnmailedLinks(int perProgramme) {
        try (Connection connection = platform.connect(PackagedService.SURVEY);
                PreparedStatement insert = connection.prepareStatement("""
                WITH added AS (
                  INSERT INTO invitation (id, campaign_id, programme_code, institution_code, email)
                  SELECT gen_random_uuid(), p.campaign_id, p.programme_code, p.institution_code,
                    'extra' || n || '.' || lower(p.programme_code) || '@unmailed.bench.example.org'
                  FROM (SELECT DISTINCT campaign_id, programme_code, institution_code FROM invitation WHERE campaign_id = ?) p,
                    generate_series(1, ?) n
                  RETURNING id, programme_code),
                tokens AS (
                  INSERT INTO invitation_token (token_hash, invitation_id)
                  SELECT encode(sha256(convert_to('bench-' || id, 'UTF8')), 'hex'), id FROM added)
                SELECT id, programme_code FROM added ORDER BY programme_code, id""")) {
            insert.setObject(1, UUID.fromString(id));
            insert.setInt(2, perProgramme);
            try (ResultSet added = insert.executeQuery()) {
                while (added.next()) {
                    links.add(new Link("bench-" + added.getString(1), added.getString(2)));
                }
            }
            connection.createStatement().execute("ANALYZE invitation, invitation_token");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public synchronized int unusedLinks() {
        return links.size() - nextLink;
    }

    public void close() {
        Api.post(
                        platform.url(PackagedService.SURVEY) + "/api/campaigns/" + id + "/close",
                        TestTokens.coordinator(NationalRegion.REGION),
                        null)
                .expect(200);
    }
}

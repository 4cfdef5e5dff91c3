package nl.opleidingsklimaat.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import nl.opleidingsklimaat.contracts.Topics;
import nl.opleidingsklimaat.testsupport.PackagedService;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Targets 2 and 3. A national Opleidingsmonitor of 7,000 responses over 600 programmes (every tenth programme has 2
 * respondents and is withheld) is closed while answers to another campaign keep arriving at a fixed rate. Measured:
 * the time from the close request until the last ReportReleased/ReportWithheld of the campaign is on the broker,
 * next to the bare aggregate SQL over the same rows; and, per released report, the time from its record on the broker
 * to its evidence and its draft improvement plan being stored in quality-framework-service.
 */
public final class NationalCloseBench {
    public static final int PROGRAMMES = 600;
    public static final int RESPONSES = 7000;

    public record Outcome(
            double closeAnsweredMillis,
            double lastEventMillis,
            double bareSqlMillis,
            int released,
            int withheld,
            Histogram evidenceMillis,
            Histogram planMillis,
            FixedRateLoad.Result background) {
        public double ratio() {
            return lastEventMillis / bareSqlMillis;
        }
    }

    private NationalCloseBench() {}

    /** Respondents per programme: 2 in every tenth programme, 12 or 13 elsewhere, 7,000 in all. */
    public static Map<String, Integer> respondents(List<String> programmes) {
        Map<String, Integer> respondents = new LinkedHashMap<>();
        int small = 0;
        for (int i = 0; i < programmes.size(); i++) {
            if (i % 10 == 0) {
                respondents.put(programmes.get(i), 2);
                small++;
            }
        }
        int remaining = RESPONSES - 2 * small;
        int others = programmes.size() - small;
        int base = remaining / others;
        int extra = remaining - base * others;
        for (int i = 0; i < programmes.size(); i++) {
            if (i % 10 != 0) {
                respondents.put(programmes.get(i), base + (extra-- > 0 ? 1 : 0));
            }
        }
        return respondents;
    }

    public static Outcome run(
            BenchPlatform platform,
            SurveyCampaign national,
            Map<String, Integer> respondents,
            SurveyCampaign background,
            double backgroundRate)
            throws Exception {
        answerAll(national, respondents);

        try (KafkaConsumer<String, String> consumer = surveyTopicAtEnd(platform)) {
            FixedRateLoad load = new FixedRateLoad();
            FixedRateLoad.Result[] backgroundResult = new FixedRateLoad.Result[1];
            long backgroundCount = (long) Math.min(background.unusedLinks(), backgroundRate * 60);
            Thread backgroundLoad = new Thread(
                    () -> backgroundResult[0] = load.run(backgroundRate, backgroundCount, i -> background.nextAnswer()),
                    "background-answers");
            backgroundLoad.start();
            Api.sleep(3000); // the background load is running before the close

            long closeWall = System.currentTimeMillis();
            long t0 = System.nanoTime();
            national.close();
            double closeAnswered = (System.nanoTime() - t0) / 1e6;
            Map<String, Long> releasedAt = new HashMap<>();
            int withheld = 0;
            long lastTimestamp = 0;
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (releasedAt.size() + withheld < PROGRAMMES && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    JsonNode event = Api.JSON.readTree(record.value());
                    if (!national.id()
                            .equals(event.path("data").path("campaignId").asText())) {
                        continue;
                    }
                    String type = event.path("type").asText();
                    if (type.contains("report-released")) {
                        releasedAt.put(event.path("id").asText(), record.timestamp());
                    } else if (type.contains("report-withheld")) {
                        withheld++;
                    } else {
                        continue;
                    }
                    lastTimestamp = Math.max(lastTimestamp, record.timestamp());
                }
            }
            if (releasedAt.size() + withheld < PROGRAMMES) {
                throw new IllegalStateException(
                        "only " + (releasedAt.size() + withheld) + " of " + PROGRAMMES + " reports reached the broker");
            }
            double lastEvent = lastTimestamp - closeWall;
            Histogram evidence = new Histogram(3);
            Histogram plans = new Histogram(3);
            awaitPropagation(platform, national.id(), releasedAt, evidence, plans);
            // the baseline runs under the same background load as the close it is compared with; it reads the
            // responses the close stored (until closing, they are sealed ballots, not rows an aggregate can read)
            double bareSql = bareAggregateMillis(platform, national.id());
            backgroundLoad.join();
            return new Outcome(
                    closeAnswered,
                    lastEvent,
                    bareSql,
                    releasedAt.size(),
                    withheld,
                    evidence,
                    plans,
                    backgroundResult[0]);
        }
    }

    private static void answerAll(SurveyCampaign national, Map<String, Integer> respondents) {
        Map<String, Integer> left = new HashMap<>(respondents);
        List<SurveyCampaign.Link> chosen = new ArrayList<>();
        for (SurveyCampaign.Link link : national.links()) {
            if (left.merge(link.programme(), -1, Integer::sum) >= 0) {
                chosen.add(link);
            }
        }
        long t0 = System.nanoTime();
        FixedRateLoad.Result result =
                new FixedRateLoad().run(150, chosen.size(), i -> national.answer(chosen.get((int) i), (int) i));
        if (result.count(200) != RESPONSES) {
            throw new IllegalStateException(
                    "the national campaign got " + result.count(200) + " answers: " + result.summary());
        }
        System.out.printf(
                "national campaign: %d answers stored in %.1f s%n", RESPONSES, (System.nanoTime() - t0) / 1e9);
    }

    /**
     * What the reports need, computed by PostgreSQL alone: invited and respondents per programme, and per programme
     * and item the count, mean and standard deviation, the distribution of values, and the domain means of the
     * institution and region. The median of three runs.
     */
    static double bareAggregateMillis(BenchPlatform platform, String campaignId) throws Exception {
        UUID campaign = UUID.fromString(campaignId);
        List<String> queries = List.of("""
                SELECT i.programme_code, count(*) AS invited, (SELECT count(*) FROM response r WHERE r.campaign_id = i.campaign_id
                  AND r.programme_code = i.programme_code) AS respondents
                FROM invitation i WHERE i.campaign_id = ? GROUP BY i.campaign_id, i.programme_code""", """
                SELECT r.programme_code, a.item_id, count(a.numeric_value), avg(a.numeric_value), stddev_samp(a.numeric_value),
                  count(*) FILTER (WHERE a.not_applicable)
                FROM response r JOIN response_answer a ON a.response_id = r.id WHERE r.campaign_id = ? GROUP BY 1, 2""", """
                SELECT r.programme_code, a.item_id, a.numeric_value, count(*)
                FROM response r JOIN response_answer a ON a.response_id = r.id WHERE r.campaign_id = ? AND a.numeric_value IS NOT NULL
                GROUP BY 1, 2, 3""", """
                SELECT split_part(r.programme_code, '-', 1), it.domain_code, avg(a.numeric_value), count(DISTINCT r.id)
                FROM response r JOIN response_answer a ON a.response_id = r.id JOIN instrument_item it ON it.id = a.item_id
                WHERE r.campaign_id = ? GROUP BY ROLLUP (1), 2""");
        List<Double> runs = new ArrayList<>();
        try (Connection connection = platform.connect(PackagedService.SURVEY)) {
            for (int run = 0; run < 3; run++) {
                long t0 = System.nanoTime();
                for (String sql : queries) {
                    try (PreparedStatement statement = connection.prepareStatement(sql)) {
                        statement.setObject(1, campaign);
                        try (ResultSet rows = statement.executeQuery()) {
                            while (rows.next()) {
                                rows.getObject(1);
                            }
                        }
                    }
                }
                runs.add((System.nanoTime() - t0) / 1e6);
            }
        }
        return runs.stream().sorted().toList().get(1);
    }

    private static KafkaConsumer<String, String> surveyTopicAtEnd(BenchPlatform platform) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.broker().bootstrapServers());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.SURVEY, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    /** Waits until every released report's evidence and draft plan are stored; records broker -> stored per report. */
    private static void awaitPropagation(
            BenchPlatform platform,
            String campaignId,
            Map<String, Long> releasedAt,
            Histogram evidence,
            Histogram plans)
            throws Exception {
        Api.eventually(
                "evidence and draft plans of every released report",
                Duration.ofMinutes(5),
                () -> platform.scalar(
                        PackagedService.QUALITY,
                        "SELECT count(*) FROM improvement_plan WHERE source_campaign_id = ?",
                        UUID.fromString(campaignId)),
                n -> n >= releasedAt.size());
        try (Connection connection = platform.connect(PackagedService.QUALITY)) {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT source_event_id, extract(epoch FROM added_at) * 1000 FROM evidence WHERE source_event_id = ANY (?)")) {
                statement.setArray(
                        1,
                        connection.createArrayOf(
                                "uuid",
                                releasedAt.keySet().stream()
                                        .map(UUID::fromString)
                                        .toArray()));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        long published = releasedAt.get(rows.getString(1));
                        evidence.recordValue(Math.max(0, (long) rows.getDouble(2) - published));
                    }
                }
            }
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT e.source_event_id, extract(epoch FROM p.created_at) * 1000 FROM improvement_plan p
                    JOIN evidence e ON e.source_event_id = ANY (?)
                    JOIN assessment a ON a.id = e.assessment_id AND a.subject_code = p.subject_code
                    WHERE p.source_campaign_id = ?""")) {
                statement.setArray(
                        1,
                        connection.createArrayOf(
                                "uuid",
                                releasedAt.keySet().stream()
                                        .map(UUID::fromString)
                                        .toArray()));
                statement.setObject(2, UUID.fromString(campaignId));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        long published = releasedAt.get(rows.getString(1));
                        plans.recordValue(Math.max(0, (long) rows.getDouble(2) - published));
                    }
                }
            }
        }
    }
}

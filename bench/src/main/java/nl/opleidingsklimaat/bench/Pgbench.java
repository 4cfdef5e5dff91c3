package nl.opleidingsklimaat.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.opleidingsklimaat.testsupport.PackagedService;
import nl.opleidingsklimaat.testsupport.TestDatabase;

/**
 * The baseline of the ingestion benchmark: PostgreSQL's own pgbench running, on survey-service's database and in the
 * same run, the statements survey-service executes to store one answered questionnaire (the link's invitation, the
 * campaign share-locked, the invitation marked used, and one sealed ballot of the padded size), against a campaign of its
 * own with 100,000 invitations. The service validates against the item bank it holds in memory, so the script reads
 * no items either.
 */
public final class Pgbench {
    public record Result(double tps, double averageLatencyMillis, String command) {}

    private final BenchPlatform platform;
    private final Path script;

    private Pgbench(BenchPlatform platform, Path script) {
        this.platform = platform;
        this.script = script;
    }

    /** Writes the baseline's invitations (into {@code campaignId}, an open campaign) and its script. */
    public static Pgbench prepare(BenchPlatform platform, String campaignId, List<String> programmes) throws Exception {
        UUID campaign = UUID.fromString(campaignId);
        try (Connection connection = platform.connect(PackagedService.SURVEY)) {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO invitation (id, campaign_id, programme_code, institution_code, email)
                    SELECT gen_random_uuid(), ?, (?::text[])[1 + n % ?], 'PGBENCH', 'pgbench-' || n || '@bench.example.org'
                    FROM generate_series(1, 100000) n""")) {
                insert.setObject(1, campaign);
                insert.setArray(2, connection.createArrayOf("text", programmes.toArray()));
                insert.setInt(3, programmes.size());
                insert.executeUpdate();
            }
            try (PreparedStatement tokens = connection.prepareStatement("""
                    INSERT INTO invitation_token (token_hash, invitation_id)
                    SELECT 'pgb-' || split_part(split_part(email, '@', 1), '-', 2), id FROM invitation WHERE institution_code = 'PGBENCH'""")) {
                tokens.executeUpdate();
            }
            connection.createStatement().execute("ANALYZE");
        }
        // What a submit writes since answers are sealed: the invitation marked used and one ballot of the padded size
        // (4 KB block, AES-GCM nonce and tag), random bytes as ciphertext is, so PostgreSQL cannot compress it either.
        String sql = """
                \\set n random(1, 100000)
                BEGIN;
                SELECT i.id AS inv, i.campaign_id AS campaign, i.programme_code AS programme, i.used FROM invitation_token t JOIN invitation i ON i.id = t.invitation_id WHERE t.token_hash = 'pgb-' || :n \\gset
                SELECT id, state, instrument_id, closes_on FROM campaign WHERE id = :campaign FOR SHARE;
                UPDATE invitation SET used = true WHERE id = :inv AND used = false;
                INSERT INTO sealed_ballot (box, key_id, sealed)
                SELECT 'campaign/' || :campaign, '1', decode(string_agg(md5(g::text || random()::text), ''), 'hex') || '\\x0102030405060708090a0b0c'::bytea
                FROM generate_series(1, 257) g;
                END;
                """;
        Path script = platform.root().resolve("bench/target/survey-answer.pgbench.sql");
        Files.writeString(script, sql, StandardCharsets.UTF_8);
        return new Pgbench(platform, script);
    }

    /** Runs pgbench with {@code clients} connections for {@code seconds}, as fast as it can (closed loop). */
    public Result run(int clients, int seconds) throws IOException, InterruptedException {
        String database = PackagedService.SURVEY.database(BenchPlatform.DATABASE_RUN);
        List<String> command = List.of(
                "pgbench",
                "-n",
                "-M",
                "prepared",
                "-c",
                String.valueOf(clients),
                "-j",
                "2",
                "-T",
                String.valueOf(seconds),
                "-f",
                script.toString(),
                "-h",
                "127.0.0.1",
                "-p",
                "5432",
                "-U",
                TestDatabase.USER,
                database);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", TestDatabase.PASSWORD);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("pgbench failed:\n" + output);
        }
        return new Result(
                number(output, "tps = ([0-9.]+)"),
                number(output, "latency average = ([0-9.]+) ms"),
                String.join(" ", command));
    }

    private static double number(String output, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("no '" + pattern + "' in pgbench output:\n" + output);
        }
        return Double.parseDouble(matcher.group(1));
    }
}

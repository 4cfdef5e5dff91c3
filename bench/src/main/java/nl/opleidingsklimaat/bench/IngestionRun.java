package nl.opleidingsklimaat.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.opleidingsklimaat.testsupport.PackagedService;
import nl.opleidingsklimaat.testsupport.ServiceProcess;

/** {@code bench/run ingestion}: target 1 alone, on a small region (for working on the answer path). */
public final class IngestionRun {
    private IngestionRun() {}

    public static void main(String[] args) throws Exception {
        int stepSeconds = Integer.parseInt(System.getProperty("bench.stepSeconds", "15"));
        try (BenchPlatform platform = BenchPlatform.start(1)) {
            NationalRegion region = NationalRegion.register(platform, 10, 10);
            Map<String, Integer> invites = new LinkedHashMap<>();
            region.programmes().forEach(p -> invites.put(p, 500)); // 50,000 links: steps up to about 1,000/s
            SurveyCampaign ingestion = SurveyCampaign.open(platform, "Ingestion", invites);
            SurveyCampaign baselineCampaign = SurveyCampaign.open(
                    platform, "Pgbench", Map.of(region.programmes().get(0), 1));
            Pgbench pgbench = Pgbench.prepare(platform, baselineCampaign.id(), region.programmes());
            ServiceProcess survey = platform.instances(PackagedService.SURVEY).get(0);
            survey.close(); // without the mock mailbox's 50,000 mails in memory (see SpeedRun)
            survey.restart().awaitReady();
            System.out.println("survey-service pid " + survey.pid());
            IngestionBench.Outcome outcome = IngestionBench.run(ingestion, pgbench, stepSeconds, survey);
            System.out.printf(
                    "ingestion: %.0f questionnaires/s sustained (p50 %.1f ms, p99 %.1f ms); pgbench %.0f tx/s; ratio %.2f%n",
                    outcome.sustainedRate(),
                    outcome.atSustained() == null ? 0 : outcome.atSustained().percentileMillis(50),
                    outcome.atSustained() == null ? 0 : outcome.atSustained().percentileMillis(99),
                    outcome.baseline().tps(),
                    outcome.ratio());
            List.of(outcome.steps()).forEach(steps -> steps.forEach(s -> System.out.println("  " + s.summary())));
        }
        System.exit(0);
    }
}

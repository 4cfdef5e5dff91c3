package nl.opleidingsklimaat.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.opleidingsklimaat.testsupport.PackagedService;
import nl.opleidingsklimaat.testsupport.ServiceProcess;

/** {@code bench/run speed}: targets 1 to 4 and the memory after load of target 5, in one run on one platform. */
public final class SpeedRun {
    private SpeedRun() {}

    public static void main(String[] args) throws Exception {
        int stepSeconds = Integer.parseInt(System.getProperty("bench.stepSeconds", "15"));
        try (BenchPlatform platform = BenchPlatform.start(1)) {
            Map<PackagedService, Long> rssAfterStart = rss(platform);
            NationalRegion region = NationalRegion.register(platform, 60, 10);
            Map<String, Integer> ingestionInvites = new LinkedHashMap<>();
            region.programmes().forEach(p -> ingestionInvites.put(p, 140)); // 84,000 mailed links
            SurveyCampaign ingestion = SurveyCampaign.open(platform, "Ingestion", ingestionInvites);
            ingestion.addUnmailedLinks(260); // and 156,000 more: enough for steps up to about 2,300/s
            Map<String, Integer> respondents = NationalCloseBench.respondents(region.programmes());
            Map<String, Integer> nationalInvites = new LinkedHashMap<>();
            respondents.forEach((p, n) -> nationalInvites.put(p, n + 4));
            SurveyCampaign national = SurveyCampaign.open(platform, "National", nationalInvites);
            SurveyCampaign baselineCampaign = SurveyCampaign.open(
                    platform, "Pgbench", Map.of(region.programmes().get(0), 1));
            Pgbench pgbench = Pgbench.prepare(platform, baselineCampaign.id(), region.programmes());
            // The local stack's mock mailbox keeps every mail it "sent" in memory (94,000 invitations here), which is
            // not
            // what production does (SMTP). Restart survey-service so the load meets a heap without them.
            ServiceProcess survey = platform.instances(PackagedService.SURVEY).get(0);
            survey.close();
            survey.restart().awaitReady();
            rssAfterStart.put(PackagedService.SURVEY, survey.residentKilobytes());

            IngestionBench.Outcome ingest = IngestionBench.run(ingestion, pgbench, stepSeconds, survey);
            double backgroundRate = Math.max(20, Math.round(ingest.sustainedRate() / 2));
            System.out.printf(
                    "national close: answering, then closing with %.0f answers/s arriving for another campaign%n",
                    backgroundRate);
            NationalCloseBench.Outcome close =
                    NationalCloseBench.run(platform, national, respondents, ingestion, backgroundRate);
            System.out.println("registration burst: " + RegistrationBurstBench.RESIDENTS + " residents, "
                    + RegistrationBurstBench.SEATS + " seats");
            RegistrationBurstBench.Outcome burst = RegistrationBurstBench.run(platform, region);
            Map<PackagedService, Long> rssAfterLoad = rss(platform);

            System.out.println();
            System.out.println("## Figures");
            System.out.println();
            System.out.println("| target | measured | baseline in the same run | ratio | goal |");
            System.out.println("|---|---|---|---|---|");
            System.out.printf(
                    "| 1. answer ingestion | %.0f questionnaires/s sustained (p50 %.1f ms, p99 %.1f ms) | pgbench, same statements: %.0f tx/s (8 clients) | %.2f | >= 0.60, p99 < 50 ms |%n",
                    ingest.sustainedRate(),
                    ingest.atSustained() == null ? 0 : ingest.atSustained().percentileMillis(50),
                    ingest.atSustained() == null ? 0 : ingest.atSustained().percentileMillis(99),
                    ingest.baseline().tps(),
                    ingest.ratio());
            System.out.printf(
                    "| 2. national close-and-report (%d responses, %d programmes) | last report event on the broker %.0f ms after the close request (request answered after %.0f ms); %d released, %d withheld | bare aggregate SQL: %.0f ms | %.1f | < 5000 ms, <= 3.0 |%n",
                    NationalCloseBench.RESPONSES,
                    NationalCloseBench.PROGRAMMES,
                    close.lastEventMillis(),
                    close.closeAnsweredMillis(),
                    close.released(),
                    close.withheld(),
                    close.bareSqlMillis(),
                    close.ratio());
            System.out.printf(
                    "| 3. propagation ReportReleased -> evidence | p50 %d ms, p99 %d ms, max %d ms (%d reports) | | | p99 < 1000 ms |%n",
                    close.evidenceMillis().getValueAtPercentile(50),
                    close.evidenceMillis().getValueAtPercentile(99),
                    close.evidenceMillis().getMaxValue(),
                    close.evidenceMillis().getTotalCount());
            System.out.printf(
                    "| 3. propagation ReportReleased -> draft plan | p50 %d ms, p99 %d ms, max %d ms (%d plans); background answers: %s | | | p99 < 1000 ms |%n",
                    close.planMillis().getValueAtPercentile(50),
                    close.planMillis().getValueAtPercentile(99),
                    close.planMillis().getMaxValue(),
                    close.planMillis().getTotalCount(),
                    close.background() == null ? "-" : close.background().summary());
            System.out.printf(
                    "| 4. registration burst | %d registered, %d waitlisted (%d distinct places); p50 %.0f ms, p99 %.0f ms, max %.0f ms; statuses %s | | | 150 registered, p99 < 250 ms |%n",
                    burst.registered(),
                    burst.waitlisted(),
                    burst.distinctWaitingPositions(),
                    burst.burst().percentileMillis(50),
                    burst.burst().percentileMillis(99),
                    burst.burst().latencyMicros().getMaxValue() / 1000.0,
                    burst.burst().statuses());
            for (PackagedService service : PackagedService.values()) {
                System.out.printf(
                        "| 5. resident memory %s | %d MB after start, %d MB after the load | | | < 300 MB |%n",
                        service.module(), rssAfterStart.get(service) / 1024, rssAfterLoad.get(service) / 1024);
            }
            System.out.println();
            System.out.println("ingestion steps:");
            ingest.steps().forEach(s -> System.out.println("  " + s.summary()));
            System.out.println("pgbench: " + ingest.baseline().command());
            System.out.printf(
                    "machine: %d cores, %s, java %s%n",
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                    System.getProperty("java.version"));
        }
        System.exit(0);
    }

    static Map<PackagedService, Long> rss(BenchPlatform platform) {
        Map<PackagedService, Long> rss = new LinkedHashMap<>();
        for (PackagedService service : PackagedService.values()) {
            List<ServiceProcess> instances = platform.instances(service);
            rss.put(service, instances.get(0).residentKilobytes());
        }
        return rss;
    }
}

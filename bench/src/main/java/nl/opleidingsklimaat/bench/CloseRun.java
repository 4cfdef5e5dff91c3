package nl.opleidingsklimaat.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code bench/run close}: targets 2 and 3 alone (national close and propagation), with background answers at a fixed rate. */
public final class CloseRun {
    private CloseRun() {}

    public static void main(String[] args) throws Exception {
        double backgroundRate = Double.parseDouble(System.getProperty("bench.backgroundRate", "100"));
        try (BenchPlatform platform = BenchPlatform.start(1)) {
            NationalRegion region = NationalRegion.register(platform, 60, 10);
            Map<String, Integer> respondents = NationalCloseBench.respondents(region.programmes());
            Map<String, Integer> nationalInvites = new LinkedHashMap<>();
            respondents.forEach((p, n) -> nationalInvites.put(p, n + 4));
            SurveyCampaign national = SurveyCampaign.open(platform, "National", nationalInvites);
            Map<String, Integer> backgroundInvites = new LinkedHashMap<>();
            region.programmes()
                    .forEach(p -> backgroundInvites.put(p, (int)
                            Math.ceil(backgroundRate * 60 / region.programmes().size())));
            SurveyCampaign background = SurveyCampaign.open(platform, "Background", backgroundInvites);
            System.out.printf(
                    "national close: answering, then closing with %.0f answers/s arriving for another campaign%n",
                    backgroundRate);
            NationalCloseBench.Outcome close =
                    NationalCloseBench.run(platform, national, respondents, background, backgroundRate);
            System.out.printf(
                    "close: last report event %.0f ms after the close request (answered after %.0f ms); %d released, %d withheld; bare SQL %.0f ms; ratio %.1f%n",
                    close.lastEventMillis(),
                    close.closeAnsweredMillis(),
                    close.released(),
                    close.withheld(),
                    close.bareSqlMillis(),
                    close.ratio());
            System.out.printf(
                    "propagation to evidence: p50 %d ms, p99 %d ms, max %d ms (%d); to draft plan: p50 %d ms, p99 %d ms, max %d ms (%d)%n",
                    close.evidenceMillis().getValueAtPercentile(50),
                    close.evidenceMillis().getValueAtPercentile(99),
                    close.evidenceMillis().getMaxValue(),
                    close.evidenceMillis().getTotalCount(),
                    close.planMillis().getValueAtPercentile(50),
                    close.planMillis().getValueAtPercentile(99),
                    close.planMillis().getMaxValue(),
                    close.planMillis().getTotalCount());
            System.out.println("background answers: "
                    + (close.background() == null ? "-" : close.background().summary()));
        }
        System.exit(0);
    }
}

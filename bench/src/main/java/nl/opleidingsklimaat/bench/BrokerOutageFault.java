package nl.opleidingsklimaat.bench;

import java.time.Duration;

/** Fault 1: the broker stopped for {@code bench.outageSeconds} (default 60) in the middle of the load. */
public final class BrokerOutageFault {
    private BrokerOutageFault() {}

    public static Ledger.Verdict run(BenchPlatform platform, NationalRegion region, double rate, int outageSeconds) {
        Ledger.Verdict verdict = new Ledger.Verdict("1. broker stopped " + outageSeconds + " s during ingestion");
        Ledger ledger = new Ledger(platform);
        int before = 10;
        int after = 10;
        int seconds = before + outageSeconds + after;
        Workload load = Workload.prepare(platform, region, "F1", (int) (rate * seconds) + 20)
                .start(rate, seconds);
        Api.sleep(before * 1000L);
        platform.broker().stop();
        System.out.println("  broker stopped");
        Api.sleep(outageSeconds * 500L);
        load.closeCampaign(); // its report events wait in the outbox
        Api.sleep(outageSeconds * 500L);
        long restarted = System.nanoTime();
        platform.broker().start();
        System.out.println("  broker started again");
        load.await();
        ledger.awaitSettled(Duration.ofMinutes(5));
        double recovery = (System.nanoTime() - restarted) / 1e9;
        verdict.count("recovery (broker start -> outbox drained, lag 0) %.1f s, of which %d s load after the restart"
                .formatted(recovery, after));
        load.verify(verdict, ledger.idsOnAllTopics());
        return verdict;
    }
}

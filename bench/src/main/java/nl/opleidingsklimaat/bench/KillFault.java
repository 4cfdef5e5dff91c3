package nl.opleidingsklimaat.bench;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import nl.opleidingsklimaat.testsupport.PackagedService;
import nl.opleidingsklimaat.testsupport.ServiceProcess;

/**
 * Fault 2: SIGKILL during the load, restarted at once: quality-framework-service (publisher of the registrations,
 * consumer of the reports), then survey-service (receiver of the answers, publisher of the reports just after a
 * campaign close, consumer of the registrations).
 */
public final class KillFault {
    private KillFault() {}

    public static Ledger.Verdict run(BenchPlatform platform, NationalRegion region, double rate) {
        Ledger.Verdict verdict =
                new Ledger.Verdict("2. SIGKILL of quality-framework-service and survey-service during load");
        Ledger ledger = new Ledger(platform);
        int seconds = 50;
        Workload load = Workload.prepare(platform, region, "F2", (int) (rate * seconds) + 20)
                .start(rate, seconds);
        Api.sleep(8000);
        CompletableFuture<Double> quality =
                killAndRestart(platform.instances(PackagedService.QUALITY).get(0));
        Api.sleep(14000);
        load.closeCampaign();
        CompletableFuture<Double> survey =
                killAndRestart(platform.instances(PackagedService.SURVEY).get(0));
        verdict.count("down for %.1f s and %.1f s".formatted(quality.join(), survey.join()));
        load.await();
        ledger.awaitSettled(Duration.ofMinutes(5));
        load.verify(verdict, ledger.idsOnAllTopics(), true);
        return verdict;
    }

    /** Kills the instance, restarts it and returns the seconds until it was ready again. */
    static CompletableFuture<Double> killAndRestart(ServiceProcess instance) {
        long t0 = System.nanoTime();
        instance.kill();
        System.out.println("  killed " + instance.service().module());
        return CompletableFuture.supplyAsync(() -> {
            instance.restart().awaitReady();
            System.out.println("  " + instance.service().module() + " ready again");
            return (System.nanoTime() - t0) / 1e9;
        });
    }
}

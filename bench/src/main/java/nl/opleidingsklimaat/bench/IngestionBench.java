package nl.opleidingsklimaat.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.opleidingsklimaat.testsupport.ServiceProcess;

/**
 * Target 1: answered questionnaires per second through REST at a p99 under 50 ms, next to pgbench running the same
 * statements on the same database. The offered rate steps up by a quarter (open loop, each step {@code stepSeconds})
 * until two steps in a row miss (p99 over 50 ms, a failed request, or the service falling behind the offered rate);
 * the sustained rate is the highest step that held. pgbench runs afterwards, on the same tables.
 */
public final class IngestionBench {
    static final double P99_LIMIT_MS = 50;

    public record Outcome(
            double sustainedRate,
            FixedRateLoad.Result atSustained,
            List<FixedRateLoad.Result> steps,
            Pgbench.Result baseline) {
        public double ratio() {
            return sustainedRate / baseline.tps();
        }
    }

    private IngestionBench() {}

    public static Outcome run(SurveyCampaign campaign, Pgbench pgbench, int stepSeconds, ServiceProcess survey)
            throws Exception {
        FixedRateLoad load = new FixedRateLoad();
        // a freshly started JVM compiles its hot paths in the first minute; the steps measure the service warm
        System.out.println("ingestion: warm-up, 20 s each at 40, 80 and 120/s");
        for (int rate : new int[] {40, 80, 120}) {
            System.out.println("  "
                    + load.run(rate, Duration.ofSeconds(20), i -> campaign.nextAnswer())
                            .summary());
        }

        List<FixedRateLoad.Result> steps = new ArrayList<>();
        FixedRateLoad.Result best = null;
        double rate = 50;
        int missesInARow = 0;
        while (missesInARow < 2 && campaign.unusedLinks() > rate * stepSeconds) {
            long cpuBefore = survey.cpuMillis();
            long compilerBefore = survey.compilerCpuMillis();
            FixedRateLoad.Result step = load.run(rate, Duration.ofSeconds(stepSeconds), i -> campaign.nextAnswer());
            steps.add(step);
            boolean held = step.percentileMillis(99) < P99_LIMIT_MS
                    && step.non2xx() == 0
                    && step.achievedRate() >= 0.95 * rate;
            System.out.printf(
                    "  %s %s; survey-service CPU %.2f ms per questionnaire (JIT compiler %.2f)%n",
                    held ? "held  " : "missed",
                    step.summary(),
                    (survey.cpuMillis() - cpuBefore) / (double) step.completed(),
                    (survey.compilerCpuMillis() - compilerBefore) / (double) step.completed());
            if (held) {
                best = step;
                missesInARow = 0;
                rate = Math.round(rate * 1.25);
            } else {
                missesInARow++; // a single pause (a checkpoint, a collection) gets a second chance at the same rate
            }
        }
        double sustained = best == null ? 0 : best.offeredRate();

        System.out.println(
                "ingestion: pgbench baseline (same statements, same database), 8 clients, " + stepSeconds + " s");
        Pgbench.Result baseline = pgbench.run(8, stepSeconds);
        System.out.printf(
                "  pgbench: %.1f transactions/s, average latency %.2f ms%n",
                baseline.tps(), baseline.averageLatencyMillis());
        return new Outcome(sustained, best, steps, baseline);
    }
}

package nl.opleidingsklimaat.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.opleidingsklimaat.testsupport.PackagedService;

/**
 * {@code bench/run faults}: the five faults of the issue on one platform (scale-out last), each with its own counted
 * load. Pass = nothing lost, nothing doubled. Prints a markdown table and exits non-zero when a fault fails.
 * {@code -Dbench.outageSeconds=60}, {@code -Dbench.rate=20} (registrations/s and answers/s),
 * {@code -Dbench.faults=1,2,3,4,5}.
 */
public final class FaultRun {
    private FaultRun() {}

    public static void main(String[] args) throws Exception {
        if (System.getProperty("bench.databaseRun") == null) {
            // own databases (quality_faults, ...): bench/run speed recreates the *_bench ones and may run at the same
            // time
            System.setProperty("bench.databaseRun", "faults");
        }
        int outageSeconds = Integer.getInteger("bench.outageSeconds", 60);
        double rate = Double.parseDouble(System.getProperty("bench.rate", "20"));
        List<String> selected =
                List.of(System.getProperty("bench.faults", "1,2,3,4,5").split(","));
        List<Ledger.Verdict> verdicts = new ArrayList<>();
        long t0 = System.nanoTime();
        try (BenchPlatform platform = BenchPlatform.start(1)) {
            NationalRegion region = NationalRegion.register(platform, 4, 5);
            List<String> realIds = new ArrayList<>(region.programmes());
            realIds.addAll(region.institutions());
            realIds.add(NationalRegion.REGION);
            if (selected.contains("1")) {
                verdicts.add(attempt(
                        "1. broker outage", () -> BrokerOutageFault.run(platform, region, rate, outageSeconds)));
            }
            if (selected.contains("2")) {
                verdicts.add(attempt("2. SIGKILL", () -> KillFault.run(platform, region, rate)));
            }
            if (selected.contains("3")) {
                verdicts.add(attempt("3. replay", () -> ReplayFault.run(platform)));
            }
            if (selected.contains("4")) {
                realIds.addAll(new Ledger(platform).strings(PackagedService.SURVEY, "SELECT id::text FROM campaign"));
                verdicts.add(attempt("4. hostile requests", () -> HostileRequestsFault.run(platform, region, realIds)));
            }
            if (selected.contains("5")) {
                verdicts.add(attempt("5. scale-out", () -> ScaleOutFault.run(platform, region, rate)));
            }
        }
        System.out.println();
        System.out.printf(
                "## Faults (%.0f registrations/s + %.0f answers/s, outage %d s, total %.0f s)%n",
                rate, rate, outageSeconds, (System.nanoTime() - t0) / 1e9);
        System.out.println();
        System.out.println("| fault | counts | pass/FAIL |");
        System.out.println("|---|---|---|");
        verdicts.forEach(v -> System.out.println(v.row()));
        System.exit(verdicts.stream().allMatch(Ledger.Verdict::passed) ? 0 : 1);
    }

    private static Ledger.Verdict attempt(String fault, Callable<Ledger.Verdict> run) {
        System.out.println("fault " + fault + "...");
        long t0 = System.nanoTime();
        try {
            Ledger.Verdict verdict = run.call();
            System.out.printf(
                    "  %s in %.0f s%n", verdict.passed() ? "passed" : "FAILED", (System.nanoTime() - t0) / 1e9);
            return verdict;
        } catch (Exception e) {
            e.printStackTrace();
            return new Ledger.Verdict(fault).check(false, "aborted: " + e);
        }
    }
}

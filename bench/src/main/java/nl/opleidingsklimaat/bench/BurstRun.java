package nl.opleidingsklimaat.bench;

import nl.opleidingsklimaat.testsupport.PackagedService;

/** {@code bench/run burst}: target 4 alone, on a small region (for working on registration). */
public final class BurstRun {
    private BurstRun() {}

    public static void main(String[] args) throws Exception {
        try (BenchPlatform platform = BenchPlatform.start(1)) {
            NationalRegion region = NationalRegion.register(platform, 10, 10);
            for (int round = 1; round <= Integer.parseInt(System.getProperty("bench.rounds", "2")); round++) {
                RegistrationBurstBench.Outcome burst = RegistrationBurstBench.run(platform, region);
                System.out.printf(
                        "round %d: %d registered, %d waitlisted (%d distinct places); %s; event-service RSS %d MB%n",
                        round,
                        burst.registered(),
                        burst.waitlisted(),
                        burst.distinctWaitingPositions(),
                        burst.burst().summary(),
                        platform.instances(PackagedService.EVENTS).get(0).residentKilobytes() / 1024);
            }
        }
        System.exit(0);
    }
}

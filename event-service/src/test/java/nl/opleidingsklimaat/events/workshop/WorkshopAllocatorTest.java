package nl.opleidingsklimaat.events.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.opleidingsklimaat.events.workshop.WorkshopAllocator.Participant;
import nl.opleidingsklimaat.events.workshop.WorkshopAllocator.Placement;
import nl.opleidingsklimaat.events.workshop.WorkshopAllocator.Round;
import org.junit.jupiter.api.Test;

/** The allocation rule on its own: capacities, once per round, never twice, most first choices, and fairness across rounds. */
class WorkshopAllocatorTest {
    private static final UUID EVENT = UUID.fromString("00000000-0000-0000-0000-000000000001");

    @Test
    void everyFirstChoiceThatFitsIsGivenBeforeAnySecondChoice() {
        Round round = round(Map.of("A", 2, "B", 2, "C", 2));
        List<Participant> people = new ArrayList<>();
        // two want A, two want B, two want C first: all six can have their first choice
        for (String first : List.of("A", "A", "B", "B", "C", "C")) {
            List<String> ranked = new ArrayList<>(List.of("A", "B", "C"));
            ranked.remove(first);
            ranked.add(0, first);
            people.add(participant(Map.of(round.id(), ranked)));
        }
        List<Placement> placements = WorkshopAllocator.allocate(EVENT, List.of(round), people);
        assertThat(placements).hasSize(6).allSatisfy(p -> assertThat(p.rank()).isEqualTo(1));
    }

    @Test
    void oversubscribedSeatsGoFirstToThoseWhoMissedTheirFirstChoiceEarlier() {
        Round first = round(Map.of("A", 2, "B", 2, "C", 2));
        Round second = round(Map.of("A", 2, "B", 2, "C", 2));
        List<Participant> people = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            people.add(participant(Map.of(first.id(), List.of("A", "B", "C"), second.id(), List.of("A", "B", "C"))));
        }
        List<Placement> placements = WorkshopAllocator.allocate(EVENT, List.of(first, second), people);

        assertThat(placements).hasSize(12);
        for (Round round : List.of(first, second)) {
            Map<String, Long> fill = placements.stream()
                    .filter(p -> p.roundId().equals(round.id()))
                    .collect(Collectors.groupingBy(Placement::workshopCode, Collectors.counting()));
            assertThat(fill).containsEntry("A", 2L).containsEntry("B", 2L).containsEntry("C", 2L);
        }
        Map<UUID, Set<String>> had = new HashMap<>();
        placements.forEach(p -> assertThat(had.computeIfAbsent(p.registrationId(), k -> new HashSet<>())
                        .add(p.workshopCode()))
                .as("nobody gets a workshop twice")
                .isTrue());
        Set<UUID> gotAFirst = ids(placements, first, "A");
        Set<UUID> gotASecond = ids(placements, second, "A");
        assertThat(gotAFirst).hasSize(2).doesNotContainAnyElementsOf(gotASecond);
        Set<UUID> gotCFirst = ids(placements, first, "C");
        assertThat(gotASecond)
                .as("who got their third choice in round 1 is first in line for A in round 2")
                .containsExactlyInAnyOrderElementsOf(gotCFirst);
    }

    @Test
    void someoneWhoseChoicesAreFullIsPlacedWhereSeatsAreLeftAndNoWorkshopIsOverfilled() {
        Round round = round(Map.of("A", 1, "B", 1, "C", 3));
        List<Participant> people = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            people.add(participant(Map.of(round.id(), List.of("A", "B"))));
        }
        List<Placement> placements = WorkshopAllocator.allocate(EVENT, List.of(round), people);
        assertThat(placements).hasSize(4);
        assertThat(placements.stream().filter(p -> p.rank() == null))
                .hasSize(2)
                .allSatisfy(p -> assertThat(p.workshopCode()).isEqualTo("C"));
        assertThat(placements.stream().filter(p -> "A".equals(p.workshopCode())))
                .hasSize(1);
    }

    @Test
    void theLotteryIsReproducible() {
        Round round = round(Map.of("A", 1, "B", 5));
        List<Participant> people = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            people.add(participant(Map.of(round.id(), List.of("A", "B"))));
        }
        List<Placement> once = WorkshopAllocator.allocate(EVENT, List.of(round), people);
        List<Participant> reversed = new ArrayList<>(people);
        java.util.Collections.reverse(reversed);
        List<Placement> again = WorkshopAllocator.allocate(EVENT, List.of(round), reversed);
        assertThat(ids(again, round, "A")).isEqualTo(ids(once, round, "A"));
    }

    private static Set<UUID> ids(List<Placement> placements, Round round, String code) {
        return placements.stream()
                .filter(p -> p.roundId().equals(round.id()) && p.workshopCode().equals(code))
                .map(Placement::registrationId)
                .collect(Collectors.toSet());
    }

    private static Round round(Map<String, Integer> capacities) {
        return new Round(UUID.randomUUID(), new LinkedHashMap<>(new java.util.TreeMap<>(capacities)));
    }

    private static Participant participant(Map<UUID, List<String>> choices) {
        return new Participant(UUID.randomUUID(), choices);
    }
}

package nl.opleidingsklimaat.events.workshop;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Places participants in workshops, round by round. The rule:
 * <ol>
 * <li>Each participant gets at most one workshop per round, never a workshop (code) they already have from an
 * earlier round, and no workshop gets more participants than its capacity.</li>
 * <li>Within a round, choices are honoured rank by rank: first every first choice that fits, then second choices for
 * those still unplaced, and so on. Filling first choices before any lower choice gives the most first choices the
 * capacities allow in that round.</li>
 * <li>When a workshop has more candidates at a rank than seats, the seats go first to those who were disappointed most
 * in earlier rounds (the sum of how far below their first choice they were placed: a second choice counts 1, a third 2,
 * a placement without a matching choice or none at all counts as the number of choices they made), so a participant
 * unlucky in round 1 is first in line in round 2; ties go by a lottery that is fixed per event and participant (a hash
 * of both ids): neither the moment of registering nor the order of the request decides.</li>
 * <li>A participant who made choices for a round but could get none of them is placed in the workshop with the most
 * free seats that they have not had yet; when every such workshop is full they stay unplaced in that round.</li>
 * </ol>
 */
public final class WorkshopAllocator {

    /** A round's workshops (code to capacity), in programme order. */
    record Round(UUID id, Map<String, Integer> capacities) {}

    /** A participant's ranked codes per round id. */
    record Participant(UUID registrationId, Map<UUID, List<String>> choices) {}

    /** One placement; {@code rank} is 1 for a first choice, null when placed without a matching choice. */
    record Placement(UUID registrationId, UUID roundId, String workshopCode, Integer rank) {}

    private WorkshopAllocator() {}

    public static List<Placement> allocate(UUID eventId, List<Round> rounds, List<Participant> participants) {
        Map<UUID, Set<String>> had = new HashMap<>();
        Map<UUID, Integer> disappointment = new HashMap<>();
        Map<UUID, String> lottery = new HashMap<>();
        for (Participant p : participants) {
            had.put(p.registrationId(), new HashSet<>());
            disappointment.put(p.registrationId(), 0);
            lottery.put(p.registrationId(), lotteryTicket(eventId, p.registrationId()));
        }
        Comparator<Participant> priority = Comparator.<Participant>comparingInt(
                        p -> -disappointment.get(p.registrationId()))
                .thenComparing(p -> lottery.get(p.registrationId()));
        List<Placement> placements = new ArrayList<>();
        for (Round round : rounds) {
            Map<String, Integer> free = new LinkedHashMap<>(round.capacities());
            List<Participant> choosing = participants.stream()
                    .filter(p ->
                            !p.choices().getOrDefault(round.id(), List.of()).isEmpty())
                    .toList();
            Map<UUID, Placement> placed = new LinkedHashMap<>();
            int deepest = choosing.stream()
                    .mapToInt(p -> p.choices().get(round.id()).size())
                    .max()
                    .orElse(0);
            for (int rank = 0; rank < deepest; rank++) {
                Map<String, List<Participant>> candidates = new LinkedHashMap<>();
                for (Participant p : choosing) {
                    List<String> ranked = p.choices().get(round.id());
                    if (placed.containsKey(p.registrationId()) || ranked.size() <= rank) {
                        continue;
                    }
                    String code = ranked.get(rank);
                    if (free.getOrDefault(code, 0) > 0
                            && !had.get(p.registrationId()).contains(code)) {
                        candidates.computeIfAbsent(code, c -> new ArrayList<>()).add(p);
                    }
                }
                for (Map.Entry<String, List<Participant>> entry : candidates.entrySet()) {
                    List<Participant> inLine =
                            entry.getValue().stream().sorted(priority).toList();
                    int seats = Math.min(free.get(entry.getKey()), inLine.size());
                    for (Participant p : inLine.subList(0, seats)) {
                        placed.put(
                                p.registrationId(),
                                new Placement(p.registrationId(), round.id(), entry.getKey(), rank + 1));
                    }
                    free.merge(entry.getKey(), -seats, Integer::sum);
                }
            }
            for (Participant p : choosing.stream().sorted(priority).toList()) {
                if (placed.containsKey(p.registrationId())) {
                    continue;
                }
                free.entrySet().stream()
                        .filter(e ->
                                e.getValue() > 0 && !had.get(p.registrationId()).contains(e.getKey()))
                        .max(Map.Entry.comparingByValue())
                        .ifPresent(e -> {
                            placed.put(
                                    p.registrationId(),
                                    new Placement(p.registrationId(), round.id(), e.getKey(), null));
                            free.merge(e.getKey(), -1, Integer::sum);
                        });
            }
            for (Participant p : choosing) {
                Placement placement = placed.get(p.registrationId());
                int choices = p.choices().get(round.id()).size();
                int missed = placement == null || placement.rank() == null ? choices : placement.rank() - 1;
                disappointment.merge(p.registrationId(), missed, Integer::sum);
                if (placement != null) {
                    had.get(p.registrationId()).add(placement.workshopCode());
                    placements.add(placement);
                }
            }
        }
        return placements;
    }

    private static String lotteryTicket(UUID eventId, UUID registrationId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((eventId + "/" + registrationId).getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

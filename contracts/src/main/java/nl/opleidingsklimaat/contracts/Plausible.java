package nl.opleidingsklimaat.contracts;

import java.util.List;

/**
 * A payload that can tell whether it could have been published by its owner at all (respondents within invited, a
 * threshold never below the platform's minimum, ...). Consumers dead-letter an event whose payload is implausible
 * instead of applying it: a record on a topic is not trusted because it is there.
 */
public interface Plausible {
    /** The platform-wide minimum number of people behind any figure shown to someone else. */
    int MINIMUM_GROUP = 4;

    /** Why this payload cannot be genuine; empty when it can. */
    List<String> implausibilities();

    /** Collects the reasons of failed checks; a small helper so payloads state their rules in one line each. */
    final class Reasons {
        private final java.util.ArrayList<String> reasons = new java.util.ArrayList<>();

        public Reasons require(boolean holds, String reason) {
            if (!holds) {
                reasons.add(reason);
            }
            return this;
        }

        public List<String> list() {
            return List.copyOf(reasons);
        }
    }
}

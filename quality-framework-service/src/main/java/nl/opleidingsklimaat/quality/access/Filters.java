package nl.opleidingsklimaat.quality.access;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds a Panache query string from optional filters plus the caller's scope condition. */
public final class Filters {
    private final List<String> parts = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    public Filters(ScopeCondition scope) {
        parts.add(scope.jpql());
        parameters.putAll(scope.parameters());
    }

    public static Filters all() {
        return new Filters(new ScopeCondition("1 = 1", Map.of()));
    }

    /** Adds {@code field = :name} when the value is present. */
    public Filters equal(String field, String name, Object value) {
        if (value != null) {
            parts.add(field + " = :" + name);
            parameters.put(name, value);
        }
        return this;
    }

    public String query(String orderBy) {
        return String.join(" and ", parts) + " order by " + orderBy;
    }

    public Map<String, Object> parameters() {
        return parameters;
    }
}

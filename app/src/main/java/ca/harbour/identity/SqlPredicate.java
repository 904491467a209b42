package ca.harbour.identity;

import java.util.Map;

/**
 * A SQL boolean expression with its named parameters, to AND into a list or search query so a
 * list shows exactly what the detail page would allow.
 */
public record SqlPredicate(String sql, Map<String, Object> params) {
    public SqlPredicate {
        params = Map.copyOf(params);
    }
}

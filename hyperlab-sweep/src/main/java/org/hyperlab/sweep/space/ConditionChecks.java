package org.hyperlab.sweep.space;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rules a {@link SearchSpace}'s conditions must follow, checked when the space is made: a condition belongs to
 * a parameter of the space; each parent is another categorical or int parameter of the space (a float parent has no
 * values to list); each listed value is one the parent can take; and following parents from any parameter never
 * comes back to it (a cycle would leave its parameters never active). A violation is a
 * {@link SearchSpaceException} naming the conditional parameter and what was expected.
 */
final class ConditionChecks {
    private ConditionChecks() {
    }

    static void check(Map<String, Distribution> parameters, Map<String, Condition> conditions) {
        conditions.forEach((name, condition) -> {
            if (!parameters.containsKey(name)) {
                throw new SearchSpaceException(name, "parameter '" + name + "': has a condition but is not a parameter");
            }
            condition.requirements().forEach((parent, values) -> checkParent(parameters, name, parent, values));
        });
        for (String name : conditions.keySet()) {
            List<String> cycle = cycleFrom(conditions, name, new ArrayList<>());
            if (cycle != null) {
                throw new SearchSpaceException(name, "parameter '" + name + "': when: the conditions form a cycle ("
                        + String.join(" -> ", cycle) + "); a parameter cannot depend on itself");
            }
        }
    }

    private static void checkParent(Map<String, Distribution> parameters, String name, String parent, List<Object> values) {
        String where = "parameter '" + name + "': when: ";
        Distribution d = parameters.get(parent);
        if (d == null) {
            throw new SearchSpaceException(name, where + "'" + parent + "' is not a parameter of the space (expected one of "
                    + String.join(", ", parameters.keySet().stream().filter(p -> !p.equals(name)).toList()) + ")");
        }
        if (d instanceof FloatDistribution) {
            throw new SearchSpaceException(name, where + "'" + parent + "' is a float parameter; a condition needs a "
                    + "categorical or int parent");
        }
        for (Object v : values) {
            if (!d.contains(v)) {
                throw new SearchSpaceException(name, where + parent + " = " + v + " is not a value of '" + parent
                        + "' (expected one of " + d.describe() + ")");
            }
        }
    }

    /** The path back to {@code name} when following parents from it returns there, else null. */
    private static List<String> cycleFrom(Map<String, Condition> conditions, String name, List<String> path) {
        path.add(name);
        Condition c = conditions.get(name);
        if (c != null) {
            for (String parent : c.requirements().keySet()) {
                if (parent.equals(path.get(0))) {
                    List<String> cycle = new ArrayList<>(path);
                    cycle.add(parent);
                    return cycle;
                }
                if (!path.contains(parent)) {
                    List<String> found = cycleFrom(conditions, parent, path);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        path.remove(path.size() - 1);
        return null;
    }
}

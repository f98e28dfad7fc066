package org.hyperlab.sweep.space;

import java.util.List;

/**
 * One of a fixed list of choices (strings, numbers or booleans); the internal form is the choice's index.
 *
 * @param choices the distinct choices, at least one
 */
public record CategoricalDistribution(List<Object> choices) implements Distribution {

    /** Validates and copies the choices. */
    public CategoricalDistribution {
        if (choices == null || choices.isEmpty()) {
            throw new IllegalArgumentException("a categorical parameter needs at least one choice");
        }
        for (Object c : choices) {
            if (!(c instanceof String || c instanceof Number || c instanceof Boolean)) {
                throw new IllegalArgumentException("choices must be strings, numbers or booleans, got " + c);
            }
        }
        if (choices.stream().distinct().count() != choices.size()) {
            throw new IllegalArgumentException("choices must be distinct, got " + choices);
        }
        choices = List.copyOf(choices);
    }

    /** The index of a choice, or -1. Numbers compare by value, so {@code 32} matches {@code 32L}. */
    public int indexOf(Object external) {
        for (int i = 0; i < choices.size(); i++) {
            Object c = choices.get(i);
            if (c.equals(external)
                    || (c instanceof Number a && external instanceof Number b && a.doubleValue() == b.doubleValue())) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public double toInternal(Object external) {
        int i = indexOf(external);
        if (i < 0) {
            throw new IllegalArgumentException(external + " is not one of " + choices);
        }
        return i;
    }

    @Override
    public Object toExternal(double internal) {
        return choices.get((int) internal);
    }

    @Override
    public boolean contains(Object external) {
        return indexOf(external) >= 0;
    }

    @Override
    public String describe() {
        return "categorical" + choices;
    }
}

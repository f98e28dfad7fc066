package org.hyperlab.core.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** A polynomial built from chosen rational roots gives back exactly those roots with their multiplicities. */
class RealRootsProperties {
    @Property(tries = 60)
    void rationalRootsComeBackExactly(@ForAll @Size(min = 1, max = 3) List<@IntRange(min = -20, max = 20) Integer> numerators,
            @ForAll @Size(min = 4, max = 4) List<@IntRange(min = 1, max = 6) Integer> denominators,
            @ForAll @Size(min = 4, max = 4) List<@IntRange(min = 1, max = 3) Integer> multiplicities,
            @ForAll boolean withComplexPair) {
        Map<Rational, Integer> expected = new TreeMap<>();
        Polynomial p = withComplexPair ? Polynomial.ofIntegers(1, 0, 1) : Polynomial.ofIntegers(1);
        for (int i = 0; i < numerators.size(); i++) {
            Rational r = Rational.of(numerators.get(i), denominators.get(i));
            int m = multiplicities.get(i);
            expected.merge(r, m, Integer::sum);
            p = p.multiply(Polynomial.of(r.negate(), Rational.ONE).pow(m));
        }
        Map<Rational, Integer> found = new TreeMap<>();
        for (RealRoots.Root root : RealRoots.of(p.scale(Rational.of(3, 7)))) {
            found.put(root.exact(), root.multiplicity());
        }
        assertEquals(expected, found, p.toString());
    }
}

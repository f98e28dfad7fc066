package org.hyperlab.core.objective;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hyperlab.core.testing.ParserFuzz;

/**
 * Objective expressions on any text ({@link ParserFuzz}): parsing and the exact analysis of the critical points
 * (what {@code objective} runs) end in a result or a one-line {@link IllegalArgumentException} (an
 * {@link ExpressionSyntaxException} from the parser, or the analysis refusing e.g. a constant), within the time
 * limit, whatever the nesting, degree or size of the numbers.
 */
class ExpressionFuzzTest {
    /**
     * The exact analysis of a polynomial of degree at most {@link ExpressionParser#MAX_DEGREE} with coefficients of at
     * most {@link ObjectiveAnalysis#MAX_COEFFICIENT_BITS} bits builds Sturm sequences of big rationals: tens of MB of
     * short-lived numbers for a degree-16 input such as {@code ((((w-.1)*(w+2))^2)^2)^2} (31-74 MB measured, more
     * with the JIT cold). The bound catches growth without limit, not that.
     */
    private static final long ANALYSIS_ALLOCATION_LIMIT = 512L << 20;

    @Provide
    Arbitrary<String> expressions() {
        Arbitrary<String> tokens = Arbitraries.strings().withChars("wx0123456789+-*/^(). e").ofMaxLength(120);
        Arbitrary<String> mutated = ParserFuzz.aroundText(200, PolynomialObjective.SEED_EXPRESSION,
                "(w^8)^2 - 3/7*w^3 + 1e5*x*w", "((((w-1)*(w+2))^2)^2)^2").map(b -> new String(b, java.nio.charset.StandardCharsets.UTF_8));
        return Arbitraries.oneOf(tokens, mutated);
    }

    @Property(tries = 1000)
    void anyTextEndsInAnAnalysisOrOneLine(@ForAll("expressions") String text) {
        ParserFuzz.check(IllegalArgumentException.class, ANALYSIS_ALLOCATION_LIMIT,
                () -> PolynomialObjective.parse(text, Rational.parse("3/2")).analyze());
    }
}

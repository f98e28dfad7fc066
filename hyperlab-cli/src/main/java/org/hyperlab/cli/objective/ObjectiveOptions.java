package org.hyperlab.cli.objective;

import org.hyperlab.cli.common.UsageException;
import org.hyperlab.core.objective.ExpressionSyntaxException;
import org.hyperlab.core.objective.PolynomialObjective;
import org.hyperlab.core.objective.Rational;
import picocli.CommandLine.Option;

/** The {@code --objective} and {@code --x} options shared by the 1-D commands. */
final class ObjectiveOptions {
    @Option(names = "--objective", paramLabel = "EXPR",
            description = "J as a polynomial in w and the data point x, with exact rational coefficients; at most "
                    + "degree 16, 10000 characters and 100 nested parentheses; with x substituted, every coefficient "
                    + "within 1e-300..1e300 in magnitude and 20000 bits in all (default: ${DEFAULT-VALUE})")
    String expression = PolynomialObjective.SEED_EXPRESSION;

    @Option(names = "--x", paramLabel = "X", description = "the data point x, e.g. 1, 0.5 or 1/2, within ±1e300 (default: ${DEFAULT-VALUE})")
    String x = "1";

    /** The parsed objective; a malformed expression or x is a usage error naming the flag and the column. */
    PolynomialObjective resolve() {
        Rational xValue = rational("--x", x);
        try {
            return PolynomialObjective.parse(expression, xValue);
        } catch (ExpressionSyntaxException e) {
            throw new UsageException("--objective: " + e.getMessage() + " in '" + expression + "'", e);
        }
    }

    /** Parses an exact number (integer, decimal or fraction) given to {@code flag}. */
    static Rational rational(String flag, String text) {
        try {
            return Rational.parse(text);
        } catch (NumberFormatException | ArithmeticException e) {
            String why = e.getMessage() == null ? "" : " (" + e.getMessage() + ")";
            throw new UsageException(flag + ": expected a number such as 1, 0.5 or 1/2, got '" + text + "'" + why, e);
        }
    }
}

package org.hyperlab.core.theory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Says, from the numbers, how ε inside ∂J/∂Ŷ = −Y/(Ŷ+ε) shifts the answers: observation n's non-zero entry is
 * multiplied by ŷ/(ŷ+ε) (ŷ its target probability), a relative change ε/(ŷ+ε), which propagates unchanged to
 * its row of ∂J/∂Z = ŷ/(ŷ+ε)·(Ŷ − Y) and from there to ∂J/∂W and ∂J/∂b.
 */
final class EpsilonNote {
    private EpsilonNote() {
    }

    static String of(TheoryInput in, TheoryCalculator.Decimals exact, TheoryCalculator.Decimals shifted, double eps) {
        List<String> parts = new ArrayList<>();
        for (int r = 0; r < in.observations(); r++) {
            double yHat = exact.yHat()[r][in.targets()[r]];
            double change = eps / (yHat + eps);
            parts.add("observation " + (r + 1) + " (target probability ŷ = " + g(yHat) + "): factor ŷ/(ŷ+ε) = "
                    + g(1 - change) + ", " + digit(change));
        }
        double largest = 0;
        double diff = 0;
        for (int i = 0; i < exact.dW().length; i++) {
            for (int j = 0; j < exact.dW()[i].length; j++) {
                largest = Math.max(largest, Math.abs(exact.dW()[i][j]));
                diff = Math.max(diff, Math.abs(exact.dW()[i][j] - shifted.dW()[i][j]));
            }
        }
        String given = in.epsilon() != null
                ? "The values \"with ε\" use ε = " + g(eps) + "."
                : "The values above are exact (ε = 0); pass --epsilon 1e-6 to see the worked answer's values.";
        return "The worked answer we started from used ε = 1e-6 inside ∂J/∂Ŷ = −Y/(Ŷ+ε), so its numbers differ from"
                + " the exact ones. " + given + " With ε = " + g(eps) + ", each observation's non-zero ∂J/∂Ŷ entry and its"
                + " row of ∂J/∂Z are multiplied by ŷ/(ŷ+ε): " + String.join("; ", parts) + ". ∂J/∂W moves by up to "
                + g(diff) + " (its largest entry is " + g(largest) + ").";
    }

    /** Which significant digit a relative change first affects. */
    private static String digit(double change) {
        if (change >= 0.5) {
            return "so the value changes entirely (ε dominates ŷ)";
        }
        if (change == 0) {
            return "no change";
        }
        int k = (int) Math.floor(-Math.log10(change)) + 1;
        return "a relative change of " + g(change) + ", in the " + ordinal(k) + " significant digit";
    }

    private static String ordinal(int k) {
        return k + switch (k % 100 >= 11 && k % 100 <= 13 ? 0 : k % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    private static String g(double v) {
        String s = String.format(Locale.ROOT, "%.4g", v);
        if (s.contains("e")) {
            String[] p = s.split("e");
            String m = p[0].contains(".") ? p[0].replaceFirst("0+$", "").replaceFirst("\\.$", "") : p[0];
            return m + "e" + Integer.parseInt(p[1]);
        }
        return s.contains(".") ? s.replaceFirst("0+$", "").replaceFirst("\\.$", "") : s;
    }
}

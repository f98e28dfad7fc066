package org.hyperlab.core.theory;

/**
 * One matrix of the theory section three ways: exact, in decimals (float64, from the core layers), and with ε
 * inside ∂J/∂Ŷ (null when no ε was given, or when ε does not enter this quantity).
 */
public record Quantity(ExpForm[][] exact, double[][] value, double[][] withEpsilon) {
    /** The exact entries as text. */
    public String[][] exactText() {
        String[][] out = new String[exact.length][];
        for (int r = 0; r < exact.length; r++) {
            out[r] = new String[exact[r].length];
            for (int c = 0; c < exact[r].length; c++) {
                out[r][c] = exact[r][c].toString();
            }
        }
        return out;
    }
}

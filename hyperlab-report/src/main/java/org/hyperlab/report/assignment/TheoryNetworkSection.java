package org.hyperlab.report.assignment;

import java.util.ArrayList;
import java.util.List;
import org.hyperlab.core.objective.Rational;
import org.hyperlab.core.theory.Quantity;
import org.hyperlab.core.theory.TheoryResult;
import org.hyperlab.report.doc.Block;
import org.hyperlab.report.doc.BulletList;
import org.hyperlab.report.doc.Paragraph;
import org.hyperlab.report.doc.Section;
import org.hyperlab.report.doc.Table;
import org.hyperlab.report.text.Numbers;

/**
 * The network half of section 1 from the core's {@code TheoryCalculator}: one-hot encoding, Z, Ŷ, ∂J/∂Ŷ, the
 * softmax Jacobians, ∂J/∂Z, ∂J/∂W, ∂J/∂b and the update rules, each matrix as a table of exact forms with the
 * decimals beside them.
 */
final class TheoryNetworkSection {
    private TheoryNetworkSection() {
    }

    static List<Block> blocks(TheoryResult r, KeyNumbers numbers) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Section("theory-one-hot", "One-hot encoding of Y = " + ints(r.input().y()),
                List.of(intTable("theory-one-hot", r.oneHot(), "class "))));
        blocks.add(new Section("theory-forward", "Input → FullyConnected → Softmax", List.of(
                new Paragraph("Z = X·W + b with X = " + rationals(r.input().x()) + ", W = " + rationals(r.input().w())
                        + ", b = " + rationals(new Rational[][] {r.input().b()}) + ":"),
                rationalTable("theory-z", "Z", r.z()),
                new Paragraph("Ŷ = softmax(Z), row by row, exact and in decimals:"),
                quantityTable("theory-y-hat", "Ŷ", r.yHat(), false))));
        List<Block> backward = new ArrayList<>();
        backward.add(new Paragraph("Targets " + ints(r.input().targets()) + " with " + r.input().classes()
                + " classes. Per observation n, ∂ℓₙ/∂Ŷₙ = −Yₙ/Ŷₙ:"));
        backward.add(quantityTable("theory-dj-dyhat", "∂J/∂Ŷ", r.dJdYHat(), true));
        for (int n = 0; n < r.softmaxJacobian().size(); n++) {
            backward.add(new Paragraph("Softmax Jacobian of observation " + (n + 1) + ", diag(ŷ) − ŷŷᵀ:"));
            backward.add(quantityTable("theory-jacobian-" + (n + 1), "∂Ŷ/∂Z", r.softmaxJacobian().get(n), false));
        }
        backward.add(new Paragraph("∂J/∂Z = Jacobianᵀ·∂J/∂Ŷ = Ŷ − Y per observation:"));
        backward.add(quantityTable("theory-dj-dz", "∂J/∂Z", r.dJdZ(), true));
        backward.add(new Paragraph("∂J/∂W = (1/N)·Xᵀ·∂J/∂Z:"));
        backward.add(quantityTable("theory-dj-dw", "∂J/∂W", r.dJdW(), true));
        backward.add(new Paragraph("∂J/∂b = (1/N)·Σₙ ∂J/∂Zₙ:"));
        backward.add(quantityTable("theory-dj-db", "∂J/∂b", r.dJdb(), true));
        backward.add(new Paragraph("Cross-entropy J = " + Numbers.significant(r.loss(), 6) + ". The fused "
                + "softmax-cross-entropy gradient (Ŷ − Y)/N agrees with the Jacobian path to within "
                + Numbers.compact(r.fusedDifference()) + "."));
        if (r.epsilonNote() != null && !r.epsilonNote().isEmpty()) {
            backward.add(new Paragraph(r.epsilonNote()));
        }
        backward.add(new Paragraph("Update rules (gradient descent with learning rate η):"));
        backward.add(new BulletList(r.updateRules()));
        blocks.add(new Section("theory-backward", "Gradients", backward));
        numbers.put("theory.loss", r.loss());
        return blocks;
    }

    private static Table quantityTable(String name, String symbol, Quantity q, boolean epsilon) {
        String[][] exact = q.exactText();
        double[][] value = q.value();
        double[][] eps = epsilon ? q.withEpsilon() : null;
        List<String> header = new ArrayList<>(List.of("row", "column", symbol + " exact", "decimal"));
        if (eps != null) {
            header.add("with ε");
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < exact.length; i++) {
            for (int j = 0; j < exact[i].length; j++) {
                List<String> row = new ArrayList<>(List.of(Integer.toString(i + 1), Integer.toString(j + 1),
                        exact[i][j], Numbers.significant(value[i][j], 6)));
                if (eps != null) {
                    row.add(Numbers.significant(eps[i][j], 6));
                }
                rows.add(row);
            }
        }
        return new Table(name, "", header, rows, -1);
    }

    private static Table rationalTable(String name, String symbol, Rational[][] m) {
        List<String> header = new ArrayList<>(List.of(symbol));
        for (int j = 0; j < m[0].length; j++) {
            header.add("column " + (j + 1));
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < m.length; i++) {
            List<String> row = new ArrayList<>(List.of("row " + (i + 1)));
            for (Rational v : m[i]) {
                row.add(v.toString());
            }
            rows.add(row);
        }
        return new Table(name, "", header, rows, -1);
    }

    private static Table intTable(String name, int[][] m, String prefix) {
        List<String> header = new ArrayList<>(List.of("y"));
        for (int j = 0; j < m[0].length; j++) {
            header.add(prefix + j);
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < m.length; i++) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(argmax(m[i]))));
            for (int v : m[i]) {
                row.add(Integer.toString(v));
            }
            rows.add(row);
        }
        return new Table(name, "", header, rows, -1);
    }

    private static int argmax(int[] row) {
        int best = 0;
        for (int i = 1; i < row.length; i++) {
            if (row[i] > row[best]) {
                best = i;
            }
        }
        return best;
    }

    private static String ints(int[] v) {
        return java.util.Arrays.toString(v);
    }

    private static String rationals(Rational[][] m) {
        List<String> rows = new ArrayList<>();
        for (Rational[] r : m) {
            List<String> cells = new ArrayList<>();
            for (Rational v : r) {
                cells.add(v.toString());
            }
            rows.add("[" + String.join(", ", cells) + "]");
        }
        return m.length == 1 ? rows.get(0) : "[" + String.join(", ", rows) + "]";
    }
}

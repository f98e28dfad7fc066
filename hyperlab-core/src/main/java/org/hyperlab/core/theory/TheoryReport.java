package org.hyperlab.core.theory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hyperlab.core.objective.CriticalPoint;
import org.hyperlab.core.objective.Rational;

/** The theory section as readable text or Markdown: every answer with its intermediates, exact and in decimals. */
public final class TheoryReport {
    private TheoryReport() {
    }

    /** Plain text with aligned matrices. */
    public static String text(TheoryResult r) { return render(r, Layout.plain()); }

    /** Markdown with a table per matrix. */
    public static String markdown(TheoryResult r) { return render(r, Layout.markdown()); }

    private static String render(TheoryResult r, Layout out) {
        TheoryInput in = r.input();
        out.heading("1. One-hot encoding of Y = " + Arrays.toString(in.y()));
        String[] classes = new String[r.oneHot()[0].length];
        for (int c = 0; c < classes.length; c++) {
            classes[c] = "class " + c;
        }
        out.matrix("one-hot rows (one column per class 0.." + (classes.length - 1) + "):", ints(r.oneHot()), classes);

        out.heading("2. Input → FullyConnected → Softmax");
        out.matrix("X (" + in.observations() + " observations):", text(in.x()));
        out.matrix("W (in × out):", text(in.w()));
        out.matrix("b:", text(new Rational[][] {in.b()}));
        out.matrix("Z = X·W + b:", text(r.z()));
        out.paragraph("Ŷ = softmax(Z), row by row: ŷⱼ = e^{zⱼ}/Σₖ e^{zₖ}, written with the exponents taken relative to the"
                + " row's smallest logit (every exponent ≥ 0, every denominator starts with 1).");
        out.matrix("Ŷ exact:", r.yHat().exactText());
        out.matrix("Ŷ decimals:", decimals(r.yHat().value()));

        out.heading("3. Gradients with targets " + Arrays.toString(in.targets()) + " (" + in.classes() + " classes, N = "
                + in.observations() + ")");
        out.paragraph("J = (1/N)·Σₙ ℓₙ with ℓₙ = −Σⱼ yₙⱼ·log ŷₙⱼ. ∂J/∂Ŷ and ∂J/∂Z are given per observation (∂ℓₙ/∂Ŷₙ,"
                + " ∂ℓₙ/∂Zₙ); the 1/N of the mean enters in ∂J/∂W = (1/N)·Xᵀ·∂J/∂Z and ∂J/∂b = (1/N)·Σₙ ∂J/∂Zₙ."
                + " J = " + g(r.loss()) + (r.lossWithEpsilon() == null ? "" : " (with ε: " + g(r.lossWithEpsilon()) + ")") + ".");
        quantity(out, "∂J/∂Ŷ = −Y/Ŷ", r.dJdYHat(), "−Y/(Ŷ+ε)");
        for (int n = 0; n < r.softmaxJacobian().size(); n++) {
            Quantity j = r.softmaxJacobian().get(n);
            out.matrix("softmax Jacobian of observation " + (n + 1) + ", ∂ŷᵢ/∂zⱼ = ŷᵢ(δᵢⱼ − ŷⱼ), exact:", j.exactText());
            out.matrix("softmax Jacobian of observation " + (n + 1) + ", decimals:", decimals(j.value()));
        }
        quantity(out, "∂J/∂Z = Jacobianᵀ·∂J/∂Ŷ = Ŷ − Y", r.dJdZ(), null);
        out.paragraph("Cross-check: the fused softmax-cross-entropy gradient (Ŷ − Y)/N agrees with the Jacobian path to "
                + g(r.fusedDifference()) + ".");
        quantity(out, "∂J/∂W = (1/N)·Xᵀ·∂J/∂Z", r.dJdW(), null);
        quantity(out, "∂J/∂b = (1/N)·Σₙ ∂J/∂Zₙ", r.dJdb(), null);
        out.paragraph("Update rules (gradient descent with learning rate η):");
        out.list(r.updateRules());
        out.paragraph(r.epsilonNote());

        out.heading("4. J(w) = " + r.objective().expression());
        out.paragraph("∂J/∂w by the chain rule: " + r.objective().derivativeText());
        out.paragraph("At x = " + r.objective().x() + ": J(w) = " + r.objective().j() + ", J'(w) = " + r.analysis().derivative()
                + ". Critical points (J'(w) = 0), their kind by the second-derivative test (higher order where J'' = 0)"
                + " and J at each:");
        List<String[]> rows = new ArrayList<>();
        for (CriticalPoint p : r.analysis().criticalPoints()) {
            rows.add(new String[] {p.wText(), p.jText(), g(p.secondDerivative()), p.kind().label()});
        }
        out.table(new String[] {"w", "J(w)", "J''(w)", "kind"}, rows);
        out.paragraph(r.analysis().boundedBelow() ? "J is bounded below (even degree, positive leading coefficient), so its"
                + " smallest local minimum is the global minimum." : "J is not bounded below: no global minimum.");
        return out.text();
    }

    private static void quantity(Layout out, String name, Quantity q, String epsilonName) {
        out.matrix(name + ", exact:", q.exactText());
        out.matrix(name + ", decimals:", decimals(q.value()));
        if (q.withEpsilon() != null) {
            out.matrix(name + ", with ε" + (epsilonName == null ? "" : " (" + epsilonName + ")") + ":", decimals(q.withEpsilon()));
        }
    }

    private static String[][] ints(int[][] m) {
        return Arrays.stream(m).map(row -> Arrays.stream(row).mapToObj(Integer::toString).toArray(String[]::new))
                .toArray(String[][]::new);
    }

    private static String[][] text(Rational[][] m) {
        return Arrays.stream(m).map(row -> Arrays.stream(row).map(Rational::toString).toArray(String[]::new))
                .toArray(String[][]::new);
    }

    private static String[][] decimals(double[][] m) {
        return Arrays.stream(m).map(row -> Arrays.stream(row).mapToObj(TheoryReport::g).toArray(String[]::new))
                .toArray(String[][]::new);
    }

    /** 6 significant digits. */
    static String g(double v) {
        if (v == 0) {
            return "0";
        }
        String s = String.format(Locale.ROOT, "%.6g", v);
        int e = s.indexOf('e');
        String mantissa = e < 0 ? s : s.substring(0, e);
        String exponent = e < 0 ? "" : "e" + Integer.parseInt(s.substring(e + 1));
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceFirst("0+$", "").replaceFirst("\\.$", "");
        }
        return mantissa + exponent;
    }
}

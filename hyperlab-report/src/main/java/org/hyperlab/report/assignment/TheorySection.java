package org.hyperlab.report.assignment;

import java.util.ArrayList;
import java.util.List;
import org.hyperlab.core.objective.CriticalPoint;
import org.hyperlab.core.objective.ObjectiveAnalysis;
import org.hyperlab.core.objective.PolynomialObjective;
import org.hyperlab.core.theory.TheoryCalculator;
import org.hyperlab.core.theory.TheoryInput;
import org.hyperlab.core.theory.TheoryResult;
import org.hyperlab.report.doc.Block;
import org.hyperlab.report.doc.Paragraph;
import org.hyperlab.report.doc.Section;
import org.hyperlab.report.doc.Table;
import org.hyperlab.report.text.Numbers;

/**
 * Section 1: the network answers of the core's {@link TheoryCalculator} (one-hot, forward pass, gradients, exact and
 * with the worked answer's ε), then what the exact objective analysis gives: ∂J/∂w by the chain rule, the critical
 * points for x = 1 with their kind, and J at each as an exact fraction.
 */
final class TheorySection {
    private TheorySection() {
    }

    static Section build(PolynomialObjective objective, KeyNumbers numbers) {
        ObjectiveAnalysis analysis = objective.analyze();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph("For J(w) = " + objective.expression() + ", the chain rule gives `∂J/∂w = "
                + objective.derivativeText() + "`. At x = " + objective.x() + " this is `J′(w) = "
                + analysis.derivative().describe() + "`."));
        Table.Builder t = Table.builder("theory-critical-points", "Critical points at x = " + objective.x()
                + " (J′(w) = 0), exact", "w", "J(w) exact", "J(w) decimal", "J″(w)", "kind");
        for (CriticalPoint p : analysis.criticalPoints()) {
            t.row(p.wText(), p.jText(), Numbers.significant(p.jValue(), 6), Numbers.compact(p.secondDerivative()),
                    p.kind().label());
        }
        blocks.add(t.build());
        List<String> kinds = new ArrayList<>();
        for (CriticalPoint p : analysis.criticalPoints()) {
            kinds.add("J″(" + p.wText() + ") = " + Numbers.compact(p.secondDerivative()) + (p.order() > 2
                    ? " (zero; the first non-zero derivative has order " + p.order() + ")" : "") + ", so w = "
                    + p.wText() + " is a " + p.kind().label());
        }
        blocks.add(new Paragraph("Kinds from the second-derivative test: " + String.join("; ", kinds) + "."));
        numbers.put("theory.derivative", objective.derivativeText());
        numbers.put("theory.criticalPoints", analysis.criticalPoints().size());
        TheoryResult network = TheoryCalculator.compute(
                TheoryInput.assignment().withEpsilon(TheoryInput.WORKED_ANSWER_EPSILON));
        List<Block> all = new ArrayList<>(TheoryNetworkSection.blocks(network, numbers));
        all.add(new Section("theory-objective", "∂J/∂w and the critical points of J(w)", blocks));
        return new Section("theory", "1. Theory", all);
    }
}

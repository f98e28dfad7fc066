package org.hyperlab.cli.objective;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hyperlab.cli.common.ConfigOption;
import org.hyperlab.cli.common.ExitCodes;
import org.hyperlab.cli.common.Json;
import org.hyperlab.cli.common.UsageException;
import org.hyperlab.core.objective.ExpressionSyntaxException;
import org.hyperlab.core.objective.PolynomialObjective;
import org.hyperlab.core.objective.Rational;
import org.hyperlab.core.theory.Quantity;
import org.hyperlab.core.theory.TheoryCalculator;
import org.hyperlab.core.theory.TheoryInput;
import org.hyperlab.core.theory.TheoryReport;
import org.hyperlab.core.theory.TheoryResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hyperlab theory}: the theory section with every intermediate, exact and in decimals. */
@Command(name = "theory", mixinStandardHelpOptions = true,
        description = {"Print the theory section with every intermediate, exact and in decimals.",
                "One-hot encoding, the forward pass Input -> FullyConnected -> Softmax, every gradient (exact forms "
                        + "such as e⁶/(1+2e⁶) and decimals from the float64 core layers, with ε when --epsilon is "
                        + "given), the update rules, and the critical points of the 1-D objective.",
                "Matrices: rows separated by ';' and values by ',' (\"1,2,-1;0,-4,-4\") or [[1,2,-1],[0,-4,-4]]; "
                        + "values are exact (integers, decimals, fractions)."},
        footer = {"", "Examples:",
                "  hyperlab theory                                   the assignment's example, exact",
                "  hyperlab theory --epsilon 1e-6                    also the worked answer's values with ε",
                "  hyperlab theory --format markdown > theory.md",
                "  hyperlab theory --json --labels 2,0 --b 0,0,0"})
public final class TheoryCommand implements Callable<Integer> {
    /** Output formats. */
    enum Format { text, markdown }

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or markdown (default: ${DEFAULT-VALUE})")
    Format format = Format.text;

    @Option(names = "--json", description = "print one JSON document instead")
    boolean json;

    @Option(names = "--y", paramLabel = "LABELS", description = "labels of the one-hot exercise, 0..99, at most 1000 (default: ${DEFAULT-VALUE})")
    String y = "0,1,1,2,3,0";

    @Option(names = "--x", paramLabel = "MATRIX", description = "the input X, N x D, at most 50 x 50 (default: ${DEFAULT-VALUE})")
    String x = "1,2,-1;0,-4,-4";

    @Option(names = "--w", paramLabel = "MATRIX", description = "the weights W, D x C (default: ${DEFAULT-VALUE})")
    String w = "-1,1,1;2,2,0;4,-1,-3";

    @Option(names = "--b", paramLabel = "VECTOR", description = "the bias b, C values (default: ${DEFAULT-VALUE})")
    String b = "1,0,2";

    @Option(names = "--labels", paramLabel = "CLASSES", description = "target class of each row of X (default: ${DEFAULT-VALUE})")
    String labels = "0,1";

    @Option(names = "--epsilon", paramLabel = "EPS", description = "also show the values with ε inside ∂J/∂Ŷ = −Y/(Ŷ+ε)"
            + " (the worked answer used 1e-6)")
    Double epsilon;

    @Option(names = "--objective", paramLabel = "EXPR", description = "the 1-D objective (default: ${DEFAULT-VALUE})")
    String objective = PolynomialObjective.SEED_EXPRESSION;

    @Option(names = "--objective-x", paramLabel = "X", description = "the data point x of the 1-D objective (default: ${DEFAULT-VALUE})")
    String objectiveX = "1";

    @Override
    public Integer call() {
        TheoryResult result = TheoryCalculator.compute(input());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, document(result));
        } else {
            out.print(format == Format.markdown ? TheoryReport.markdown(result) : TheoryReport.text(result));
            out.flush();
        }
        return ExitCodes.OK;
    }

    private TheoryInput input() {
        try {
            PolynomialObjective.parse(objective, Rational.ONE);
        } catch (ExpressionSyntaxException e) {
            throw new UsageException("--objective: " + e.getMessage() + " in '" + objective + "'", e);
        }
        TheoryInput in;
        try {
            in = new TheoryInput(MatrixText.integers("--y", y), MatrixText.matrix("--x", x),
                    MatrixText.matrix("--w", w), MatrixText.vector("--b", b), MatrixText.integers("--labels", labels),
                    epsilon, objective, ObjectiveOptions.rational("--objective-x", objectiveX));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--" + e.getMessage(), e);
        }
        ObjectiveCommand.analyze(PolynomialObjective.parse(objective, in.objectiveX()));
        return in;
    }

    static Map<String, Object> document(TheoryResult r) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("oneHot", r.oneHot());
        Map<String, Object> z = new LinkedHashMap<>();
        z.put("exact", Arrays.stream(r.z()).map(row -> Arrays.stream(row).map(Rational::toString).toList()).toList());
        z.put("value", numbers(r.zValue()));
        doc.put("z", z);
        doc.put("yHat", quantity(r.yHat()));
        doc.put("dJdYHat", quantity(r.dJdYHat()));
        List<Object> jacobians = new ArrayList<>();
        for (Quantity q : r.softmaxJacobian()) {
            jacobians.add(quantity(q));
        }
        doc.put("softmaxJacobian", jacobians);
        doc.put("dJdZ", quantity(r.dJdZ()));
        doc.put("dJdW", quantity(r.dJdW()));
        doc.put("dJdb", quantity(r.dJdb()));
        Map<String, Object> loss = new LinkedHashMap<>();
        loss.put("value", Json.finiteOrNull(r.loss()));
        loss.put("withEpsilon", r.lossWithEpsilon() == null ? null : Json.finiteOrNull(r.lossWithEpsilon()));
        doc.put("J", loss);
        doc.put("epsilon", r.input().epsilon());
        doc.put("convention", "J = (1/N)·Σₙ ℓₙ; dJdYHat and dJdZ are per observation (∂ℓₙ/∂Ŷₙ = −Yₙ/Ŷₙ, ∂ℓₙ/∂Zₙ = Ŷₙ − Yₙ);"
                + " dJdW = (1/N)·Xᵀ·dJdZ, dJdb = (1/N)·Σₙ dJdZₙ (a 1 x C row); softmax exponents are relative to the"
                + " row's smallest logit");
        doc.put("updateRules", r.updateRules());
        doc.put("epsilonNote", r.epsilonNote());
        Map<String, Object> objective = new LinkedHashMap<>();
        objective.put("expression", r.objective().expression());
        objective.put("x", r.objective().x().toString());
        objective.put("J", r.objective().j().toString());
        objective.put("derivative", r.objective().derivativeText());
        objective.put("derivativeAtX", r.analysis().derivative().toString());
        objective.put("boundedBelow", r.analysis().boundedBelow());
        objective.put("criticalPoints", CriticalPointsJson.of(r.analysis().criticalPoints()));
        doc.put("objective", objective);
        return doc;
    }

    private static Map<String, Object> quantity(Quantity q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("exact", Arrays.stream(q.exactText()).map(List::of).toList());
        m.put("value", numbers(q.value()));
        m.put("withEpsilon", q.withEpsilon() == null ? null : numbers(q.withEpsilon()));
        return m;
    }

    private static List<List<Double>> numbers(double[][] m) {
        return Arrays.stream(m).map(row -> Arrays.stream(row).mapToObj(Json::finiteOrNull).toList()).toList();
    }
}

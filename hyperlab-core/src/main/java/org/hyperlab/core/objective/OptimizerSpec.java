package org.hyperlab.core.objective;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hyperlab.core.nn.Parameter;
import org.hyperlab.core.optim.Optimizer;
import org.hyperlab.core.optim.Optimizers;

/**
 * Which optimizer a 1-D run uses and its hyperparameters; null means the optimizer's own (PyTorch) default.
 *
 * @param name      sgd, momentum, nesterov, adagrad, rmsprop or adam
 * @param lr        the learning rate η
 * @param momentum  μ for momentum, nesterov and rmsprop
 * @param beta1     ρ₁ for adam
 * @param beta2     ρ₂ for adam
 * @param epsilon   δ for adagrad, rmsprop and adam
 */
public record OptimizerSpec(String name, double lr, Double momentum, Double beta1, Double beta2, Double epsilon) {
    /** The accepted names. */
    public static final List<String> NAMES = List.of("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam");

    /**
     * Normalizes the name and checks that every given hyperparameter is one the optimizer reads.
     *
     * @throws IllegalArgumentException naming the optimizer and the hyperparameter that does not apply
     */
    public OptimizerSpec {
        name = name.strip().toLowerCase(Locale.ROOT);
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("unknown optimizer '" + name + "' (expected one of " + String.join(", ", NAMES) + ")");
        }
        requireUse(name, "momentum", momentum, "sgd", "momentum", "nesterov", "rmsprop");
        requireUse(name, "beta1", beta1, "adam");
        requireUse(name, "beta2", beta2, "adam");
        requireUse(name, "epsilon", epsilon, "adagrad", "rmsprop", "adam");
    }

    private static void requireUse(String name, String hyperparameter, Double value, String... users) {
        if (value != null && !List.of(users).contains(name)) {
            throw new IllegalArgumentException("optimizer " + name + " does not use " + hyperparameter + " (only "
                    + String.join(", ", users) + (users.length == 1 ? " does)" : " do)"));
        }
    }

    /** Builds the core optimizer ({@link Optimizers#create}) over the single parameter w. */
    public Optimizer create(Parameter w) {
        return Optimizers.create(name, hyperparameters(), List.of(w));
    }

    /** Plain gradient descent w ← w − η·J'(w). */
    public static OptimizerSpec sgd(double lr) {
        return new OptimizerSpec("sgd", lr, null, null, null, null);
    }

    /** The same optimizer with another learning rate. */
    public OptimizerSpec withLearningRate(double newLr) {
        return new OptimizerSpec(name, newLr, momentum, beta1, beta2, epsilon);
    }

    /** The hyperparameters that were given, under the optimizer factory's names (lr, momentum, beta1, beta2, eps). */
    public Map<String, Object> hyperparameters() {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("lr", lr);
        if (momentum != null) {
            h.put("momentum", momentum);
        }
        if (beta1 != null) {
            h.put("beta1", beta1);
        }
        if (beta2 != null) {
            h.put("beta2", beta2);
        }
        if (epsilon != null) {
            h.put("eps", epsilon);
        }
        return h;
    }

    /** True for plain gradient descent (sgd without momentum), for which η &lt; 2/J''(w*) is the stability limit. */
    public boolean isPlainGradientDescent() {
        return name.equals("sgd") && (momentum == null || momentum == 0.0);
    }

    /**
     * True for heavy-ball momentum (torch's SGD with momentum μ, no Nesterov), whose linear stability limit at a
     * minimum is η &lt; 2(1 + μ)/J''(w*).
     */
    public boolean isHeavyBall() {
        return (name.equals("momentum") || name.equals("sgd")) && effectiveMomentum() > 0.0;
    }

    /** μ as the optimizer will use it (0.9 by default for momentum and nesterov, else 0). */
    public double effectiveMomentum() {
        if (momentum != null) {
            return momentum;
        }
        return name.equals("momentum") || name.equals("nesterov") ? 0.9 : 0.0;
    }
}

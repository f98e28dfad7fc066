package org.hyperlab.core.optim;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hyperlab.core.nn.Parameter;

/**
 * Builds an optimizer from its name and a bag of hyperparameters (for the command line and config files).
 *
 * <table>
 *   <caption>names and the hyperparameters each reads (PyTorch's defaults unless stated)</caption>
 *   <tr><td>{@code sgd}</td><td>lr (1e-3), momentum (0), dampening (0), weight-decay (0), nesterov (false)</td></tr>
 *   <tr><td>{@code momentum}</td><td>as sgd with momentum 0.9</td></tr>
 *   <tr><td>{@code nesterov}</td><td>as sgd with momentum 0.9 and nesterov true</td></tr>
 *   <tr><td>{@code adagrad}</td><td>lr (1e-2), lr-decay (0), weight-decay (0), initial-accumulator-value (0), eps (1e-10)</td></tr>
 *   <tr><td>{@code rmsprop}</td><td>lr (1e-2), alpha (0.99), eps (1e-8), weight-decay (0), momentum (0), centered (false)</td></tr>
 *   <tr><td>{@code adam}</td><td>lr (1e-3), beta1 (0.9), beta2 (0.999), eps (1e-8)</td></tr>
 *   <tr><td>{@code adamw}</td><td>lr (1e-3), beta1 (0.9), beta2 (0.999), eps (1e-8), weight-decay (0.01)</td></tr>
 * </table>
 * Unknown names and unknown or malformed hyperparameters are rejected with one line naming them.
 */
public final class Optimizers {
    /** The accepted optimizer names. */
    public static final List<String> NAMES = List.of("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam", "adamw");

    /** Momentum used by the {@code momentum} and {@code nesterov} names when none is given. */
    public static final double DEFAULT_MOMENTUM = 0.9;

    private Optimizers() {
    }

    /** Creates the optimizer {@code name} over {@code parameters} with the given hyperparameters (may be empty). */
    public static Optimizer create(String name, Map<String, ?> hyperparameters, List<Parameter> parameters) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        HyperparameterBag bag = new HyperparameterBag(key.isEmpty() ? "optimizer" : key, hyperparameters);
        Optimizer optimizer = switch (key) {
            case "sgd" -> new Sgd(parameters, sgd(bag, 0.0, false));
            case "momentum" -> new Sgd(parameters, sgd(bag, DEFAULT_MOMENTUM, false));
            case "nesterov" -> new Sgd(parameters, sgd(bag, DEFAULT_MOMENTUM, true));
            case "adagrad" -> new AdaGrad(parameters, new AdaGradConfig(
                    bag.number("lr", AdaGradConfig.DEFAULT_LEARNING_RATE), bag.number("lr-decay", 0.0),
                    bag.number("weight-decay", 0.0), bag.number("initial-accumulator-value", 0.0),
                    bag.number("eps", AdaGradConfig.DEFAULT_EPSILON)));
            case "rmsprop" -> new RmsProp(parameters, new RmsPropConfig(
                    bag.number("lr", RmsPropConfig.DEFAULT_LEARNING_RATE), bag.number("alpha", RmsPropConfig.DEFAULT_ALPHA),
                    bag.number("eps", RmsPropConfig.DEFAULT_EPSILON), bag.number("weight-decay", 0.0),
                    bag.number("momentum", 0.0), bag.flag("centered", false)));
            case "adam" -> new Adam(parameters, new AdamConfig(
                    bag.number("lr", AdamConfig.DEFAULT_LEARNING_RATE), bag.number("beta1", AdamConfig.DEFAULT_BETA1),
                    bag.number("beta2", AdamConfig.DEFAULT_BETA2), bag.number("eps", AdamConfig.DEFAULT_EPSILON)));
            case "adamw" -> new AdamW(parameters, new AdamWConfig(
                    bag.number("lr", AdamConfig.DEFAULT_LEARNING_RATE), bag.number("beta1", AdamConfig.DEFAULT_BETA1),
                    bag.number("beta2", AdamConfig.DEFAULT_BETA2), bag.number("eps", AdamConfig.DEFAULT_EPSILON),
                    bag.number("weight-decay", AdamWConfig.DEFAULT_WEIGHT_DECAY)));
            default -> throw new IllegalArgumentException("unknown optimizer '" + name + "' (expected one of "
                    + String.join(", ", NAMES) + ")");
        };
        bag.requireAllRead();
        return optimizer;
    }

    private static SgdConfig sgd(HyperparameterBag bag, double defaultMomentum, boolean nesterov) {
        return new SgdConfig(bag.number("lr", SgdConfig.DEFAULT_LEARNING_RATE), bag.number("momentum", defaultMomentum),
                bag.number("dampening", 0.0), bag.number("weight-decay", 0.0), bag.flag("nesterov", nesterov));
    }
}

package org.hyperlab.core.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hyperlab.core.nn.Parameter;
import org.hyperlab.core.optim.Optimizer;
import org.hyperlab.core.optim.Optimizers;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;

/**
 * Shared by the optimizer fixtures: builds hyperlab's optimizer from a fixture case's PyTorch hyperparameters and
 * evaluates the fixtures' gradient function g(θ) = θ·θ·θ − a·θ + c exactly as the reference script does.
 */
final class TorchOptimizers {
    private TorchOptimizers() {
    }

    /** The fixture's θ0 as a parameter of the given precision. */
    static Parameter initialParameter(Fixture fixture, Precision precision) {
        return new Parameter("theta", Matrix.of(precision, fixture.get("theta0").matrix()));
    }

    /** {@link Optimizers#create} for a case's {@code optimizer} and {@code hyperparameters}. */
    static Optimizer create(Fixture c, Parameter... parameters) {
        String name = c.get("optimizer").string();
        return Optimizers.create(name, hyperlabNames(name, c.get("hyperparameters")), List.of(parameters));
    }

    /**
     * Sets θ's gradient to g = θ·θ·θ − a·θ + c, evaluated left to right at the parameter's precision (float32
     * arithmetic for float32 parameters, as PyTorch does for a float32 tensor).
     */
    static void setGradient(Fixture fixture, Parameter theta) {
        double[] a = Close.flat(fixture.get("a").matrix());
        double[] c = Close.flat(fixture.get("c").matrix());
        Matrix value = theta.value();
        for (int i = 0; i < value.size(); i++) {
            double t = value.get(i);
            double g;
            if (value.precision() == Precision.FLOAT32) {
                float tf = (float) t;
                g = tf * tf * tf - (float) a[i] * tf + (float) c[i];
            } else {
                g = t * t * t - a[i] * t + c[i];
            }
            theta.grad().set(i, g);
        }
    }

    /**
     * PyTorch's hyperparameters under the factory's names: the factory accepts torch's snake_case keys as they
     * are; {@code betas} becomes beta1 and beta2; {@code amsgrad} and Adam's (coupled, L2) {@code weight_decay} are
     * not implemented, so the fixture must leave them off (false, 0).
     */
    private static Map<String, Object> hyperlabNames(String optimizer, Fixture torch) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String k : torch.keys()) {
            Fixture v = torch.get(k);
            switch (k) {
                case "betas" -> {
                    out.put("beta1", v.list().get(0).number());
                    out.put("beta2", v.list().get(1).number());
                }
                case "amsgrad" -> assertFalse(v.bool(), "hyperlab has no AMSGrad");
                case "weight_decay" -> {
                    if (optimizer.equals("adam")) {
                        assertEquals(0.0, v.number(), "hyperlab's Adam has no (L2) weight decay; use adamw");
                    } else {
                        out.put(k, v.raw());
                    }
                }
                default -> out.put(k, v.raw());
            }
        }
        return out;
    }
}

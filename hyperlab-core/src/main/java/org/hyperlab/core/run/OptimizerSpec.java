package org.hyperlab.core.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hyperlab.core.nn.Parameter;
import org.hyperlab.core.optim.Optimizers;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;

/**
 * An optimizer by name ({@link Optimizers#NAMES}) with the hyperparameters given (keys {@code lr}, {@code momentum},
 * {@code beta1}, {@code beta2}, {@code eps}, {@code weight-decay}; null values are left out): the optimizer fills in
 * PyTorch's defaults for the rest ({@link Optimizers#create}).
 */
public record OptimizerSpec(String name, Map<String, Object> hyperparameters) {
    public OptimizerSpec {
        if (name == null) {
            throw new IllegalArgumentException("optimizer: a name is required");
        }
        Map<String, Object> given = new LinkedHashMap<>();
        if (hyperparameters != null) {
            hyperparameters.forEach((k, v) -> {
                if (v != null) {
                    given.put(k, v);
                }
            });
        }
        hyperparameters = Collections.unmodifiableMap(given);
        // checks the name and every hyperparameter once, here, on a one-number stand-in for the model
        Optimizers.create(name, hyperparameters, List.of(new Parameter("probe", Matrix.row(Precision.FLOAT64, 0))));
    }

    /** Adam with the given learning rate and PyTorch's other defaults. */
    public static OptimizerSpec adam(double lr) {
        return new OptimizerSpec("adam", Map.of("lr", lr));
    }
}

package org.hyperlab.core.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.hyperlab.core.init.Initializer;
import org.hyperlab.core.tensor.storage.Precision;

/** Ready-made layer stacks. */
public final class Networks {
    private Networks() {
    }

    /**
     * A multilayer perceptron producing logits:
     * {@code input → FullyConnected(inputs → h₁) → act → … → FullyConnected(h_k → outputs)}, with no activation
     * after the last layer (pair it with {@code loss.SoftmaxCrossEntropy}, or append a {@link Softmax} for the
     * separate path). Weights and biases of each layer are drawn from {@code random} in layer order.
     *
     * @param input the input layer ({@link Input#zScoring()} to be fitted on the training data, or
     *     {@link Input#identity()}); included as the first layer
     * @param hidden hidden layer widths, possibly empty (a linear model)
     * @param activation creates one activation layer per hidden layer, e.g. {@code Activations.byName("relu")}
     */
    public static Sequential perceptron(Input input, int inputs, int[] hidden, int outputs, Supplier<Layer> activation,
                                        Initializer weights, Initializer biases, SplittableRandom random,
                                        Precision precision) {
        List<Layer> layers = new ArrayList<>();
        layers.add(input);
        int width = inputs;
        for (int h : hidden) {
            layers.add(new FullyConnected(width, h, weights, biases, random, precision));
            layers.add(activation.get());
            width = h;
        }
        layers.add(new FullyConnected(width, outputs, weights, biases, random, precision));
        return new Sequential(layers);
    }
}

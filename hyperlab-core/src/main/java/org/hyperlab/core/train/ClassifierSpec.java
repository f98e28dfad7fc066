package org.hyperlab.core.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.hyperlab.core.data.Dataset;
import org.hyperlab.core.init.Initializer;
import org.hyperlab.core.init.Initializers;
import org.hyperlab.core.nn.FullyConnected;
import org.hyperlab.core.nn.Input;
import org.hyperlab.core.nn.Layer;
import org.hyperlab.core.nn.LogisticSigmoid;
import org.hyperlab.core.nn.ReLU;
import org.hyperlab.core.nn.Sequential;
import org.hyperlab.core.nn.Tanh;
import org.hyperlab.core.tensor.Precision;

/**
 * The shape of a feed-forward classifier: {@code Input → [FullyConnected → activation]* → FullyConnected}, whose
 * output are logits for the fused softmax-cross-entropy loss (the seed's Input → FullyConnected → Softmax →
 * cross-entropy when {@code hidden} is empty). The input layer z-scores with statistics fitted on the training
 * features only (or is the identity without {@code zscore}). Weights are drawn by {@code weightInit}, biases by
 * {@code biasInit} (PyTorch's zeros by default; the seed notebook used Xavier for both), layer by layer from one
 * {@link SplittableRandom} seeded with the build seed, so a seed reproduces the model exactly.
 */
public record ClassifierSpec(int inputs, List<Integer> hidden, String activation, String weightInit, String biasInit,
                             boolean zscore, int classes, Precision precision) {
    /** The accepted hidden-layer activations. */
    public static final List<String> ACTIVATIONS = List.of("relu", "tanh", "sigmoid");

    public ClassifierSpec {
        if (inputs < 1 || classes < 1) {
            throw new IllegalArgumentException("classifier: inputs and classes must be >= 1, got " + inputs + " and " + classes);
        }
        hidden = List.copyOf(hidden);
        for (int h : hidden) {
            if (h < 1) {
                throw new IllegalArgumentException("classifier: hidden layer sizes must be >= 1, got " + hidden);
            }
        }
        activation = activation.trim().toLowerCase(Locale.ROOT);
        activationLayer(activation);
        Initializers.byName(weightInit);
        Initializers.byName(biasInit);
    }

    /** Builds the model, fitting z-scoring on {@code train}'s features, with all random draws from {@code seed}. */
    public Sequential build(Dataset train, long seed) {
        if (train.featureCount() != inputs) {
            throw new IllegalArgumentException("classifier: expects " + inputs + " features, the data has " + train.featureCount());
        }
        List<Layer> layers = new ArrayList<>();
        layers.add(zscore ? Input.zScoring().fit(train.features()) : Input.identity());
        SplittableRandom random = new SplittableRandom(seed);
        Initializer weights = Initializers.byName(weightInit);
        Initializer biases = Initializers.byName(biasInit);
        int width = inputs;
        for (int h : hidden) {
            layers.add(new FullyConnected(width, h, weights, biases, random, precision));
            layers.add(activationLayer(activation));
            width = h;
        }
        layers.add(new FullyConnected(width, classes, weights, biases, random, precision));
        return new Sequential(layers);
    }

    /** A short description such as {@code 784-256-10 relu}. */
    public String describe() {
        StringBuilder sb = new StringBuilder().append(inputs);
        for (int h : hidden) {
            sb.append('-').append(h);
        }
        sb.append('-').append(classes);
        return hidden.isEmpty() ? sb.toString() : sb.append(' ').append(activation).toString();
    }

    private static Layer activationLayer(String name) {
        return switch (name) {
            case "relu" -> new ReLU();
            case "tanh" -> new Tanh();
            case "sigmoid", "logistic" -> new LogisticSigmoid();
            default -> throw new IllegalArgumentException("activation: expected one of " + String.join(", ", ACTIVATIONS)
                    + ", got '" + name + "'");
        };
    }
}

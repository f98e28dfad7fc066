package org.hyperlab.core.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.hyperlab.core.tensor.storage.Matrix;

/**
 * A chain of layers, itself a {@link Layer}: forward runs them in order, backward in reverse order, and
 * {@link #parameters()} concatenates the layers' parameters in layer order. The returned matrices are the
 * inner layers' buffers (see {@link Layer}).
 */
public final class Sequential implements Layer {
    private final List<Layer> layers;
    private final List<Parameter> parameters;

    public Sequential(List<? extends Layer> layers) {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("Sequential: needs at least one layer");
        }
        this.layers = List.copyOf(layers);
        List<Parameter> all = new ArrayList<>();
        for (Layer layer : this.layers) {
            all.addAll(layer.parameters());
        }
        this.parameters = Collections.unmodifiableList(all);
    }

    public Sequential(Layer... layers) { this(List.of(layers)); }

    /** The layers, in forward order. */
    public List<Layer> layers() { return layers; }

    @Override
    public Matrix forward(Matrix input) {
        Matrix x = input;
        for (int i = 0; i < layers.size(); i++) { // indexed: no iterator object per batch
            x = layers.get(i).forward(x);
        }
        return x;
    }

    @Override
    public Matrix backward(Matrix gradOutput) {
        Matrix g = gradOutput;
        for (int i = layers.size() - 1; i >= 0; i--) {
            g = layers.get(i).backward(g);
        }
        return g;
    }

    /**
     * Backward through the layers from the last down to the first one that has parameters, which gets
     * {@link Layer#backwardParameters}; layers before it (e.g. {@link Input}) are skipped: nothing upstream needs
     * their gradient.
     */
    @Override
    public void backwardParameters(Matrix gradOutput) {
        int first = 0;
        while (first < layers.size() && layers.get(first).parameters().isEmpty()) {
            first++;
        }
        Matrix g = gradOutput;
        for (int i = layers.size() - 1; i > first; i--) {
            g = layers.get(i).backward(g);
        }
        if (first < layers.size()) {
            layers.get(first).backwardParameters(g);
        }
    }

    @Override
    public List<Parameter> parameters() { return parameters; }

    @Override
    public String describe() {
        return layers.stream().map(Layer::describe).collect(Collectors.joining(" -> ", "Sequential[", "]"));
    }
}

package org.hyperlab.core.objective;

/** The state after one epoch of a 1-D descent (epoch 0 is the starting point): w and J(w). */
public record DescentPoint(int epoch, double w, double j) {
}

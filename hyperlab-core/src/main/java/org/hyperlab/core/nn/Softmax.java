package org.hyperlab.core.nn;

import org.hyperlab.core.tensor.Kernels;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;

/**
 * Row-wise softmax as a separate layer, {@code ŷ_j = e^{z_j} / Σ_k e^{z_k}} per row (computed with the row maximum
 * subtracted, so logits of any size stay finite).
 *
 * <p>Backward goes through the full Jacobian of each row, as the theory section does:
 * {@code ∂J/∂z = J_softmaxᵀ · ∂J/∂ŷ} with {@code J_softmax = diag(ŷ) − ŷ ŷᵀ} (C x C, symmetric; entry (i, j) is
 * {@code ∂ŷ_i/∂z_j = ŷ_i (δ_ij − ŷ_j)}). This costs O(N·C²), fine for a few classes; train with the fused
 * {@code loss.SoftmaxCrossEntropy} instead, which gives the same gradient in O(N·C).
 *
 * <p>Buffers: output, input gradient and the per-row Jacobian are owned by the layer and reused while the batch
 * shape stays the same.
 */
public final class Softmax implements Layer {
    private Matrix output;
    private Matrix gradInput;
    private Matrix jacobian;
    private Matrix gradRow;
    private Matrix resultRow;

    @Override
    public Matrix forward(Matrix z) {
        output = Buffers.ensure(output, z, z.rows(), z.cols());
        Kernels.softmaxRows(z, output);
        return output;
    }

    @Override
    public Matrix backward(Matrix gradOutput) {
        if (output == null) {
            throw new IllegalStateException(describe() + ": backward called before forward");
        }
        output.requireSameShape(gradOutput, describe() + " backward");
        int n = output.rows(), c = output.cols();
        gradInput = Buffers.ensure(gradInput, output, n, c);
        jacobian = Buffers.ensure(jacobian, output, c, c);
        gradRow = Buffers.ensure(gradRow, output, 1, c);
        resultRow = Buffers.ensure(resultRow, output, 1, c);
        for (int r = 0; r < n; r++) {
            jacobianOf(output, r, jacobian);
            for (int j = 0; j < c; j++) {
                gradRow.set(j, gradOutput.get(r, j));
            }
            // (J_softmaxᵀ · g)ᵀ = gᵀ · J_softmax, computed as a 1 x C row times the C x C Jacobian
            Kernels.matmul(gradRow, jacobian, resultRow, false);
            for (int j = 0; j < c; j++) {
                gradInput.set(r, j, resultRow.get(j));
            }
        }
        return gradInput;
    }

    /** The Jacobian {@code diag(ŷ) − ŷŷᵀ} of row {@code row} of the last forward, as a new float64 C x C matrix. */
    public Matrix jacobian(int row) {
        if (output == null) {
            throw new IllegalStateException(describe() + ": jacobian requested before forward");
        }
        if (row < 0 || row >= output.rows()) {
            throw new IllegalArgumentException("Softmax: row " + row + " outside 0.." + (output.rows() - 1));
        }
        Matrix out = Precision.FLOAT64.zeros(output.cols(), output.cols());
        jacobianOf(output, row, out);
        return out;
    }

    /** Writes {@code diag(ŷ) − ŷŷᵀ} for row {@code row} of the probabilities {@code yHat} into {@code out} (C x C). */
    public static void jacobianOf(Matrix yHat, int row, Matrix out) {
        int c = yHat.cols();
        if (out.rows() != c || out.cols() != c) {
            throw new IllegalArgumentException("Softmax jacobian: output must be " + c + "x" + c + ", got " + out.shape());
        }
        for (int i = 0; i < c; i++) {
            double yi = yHat.get(row, i);
            for (int j = 0; j < c; j++) {
                double yj = yHat.get(row, j);
                out.set(i, j, (i == j ? yi : 0.0) - yi * yj);
            }
        }
    }

    @Override
    public String describe() { return "Softmax"; }
}

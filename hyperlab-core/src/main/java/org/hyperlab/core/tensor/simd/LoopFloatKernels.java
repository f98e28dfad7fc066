package org.hyperlab.core.tensor.simd;

/**
 * Float32 products as plain loops ordered so the JIT can auto-vectorize the inner loop (C row += a · B row);
 * the fallback when the Vector API module is absent, and the baseline the SIMD kernels are measured against.
 * Single-threaded.
 */
final class LoopFloatKernels implements FloatKernels {
    @Override
    public void matmul(float[] a, float[] b, float[] c, int m, int k, int n, boolean accumulate) {
        for (int i = 0; i < m; i++) {
            int ci = i * n;
            if (!accumulate) {
                java.util.Arrays.fill(c, ci, ci + n, 0f);
            }
            for (int p = 0; p < k; p++) {
                float x = a[i * k + p];
                int bp = p * n;
                for (int j = 0; j < n; j++) {
                    c[ci + j] += x * b[bp + j];
                }
            }
        }
    }

    @Override
    public void matmulTransA(float[] a, float[] b, float[] c, int m, int k, int n, boolean accumulate) {
        if (!accumulate) {
            java.util.Arrays.fill(c, 0, m * n, 0f);
        }
        for (int p = 0; p < k; p++) {
            int bp = p * n;
            for (int i = 0; i < m; i++) {
                float x = a[p * m + i];
                int ci = i * n;
                for (int j = 0; j < n; j++) {
                    c[ci + j] += x * b[bp + j];
                }
            }
        }
    }

    @Override
    public void matmulTransB(float[] a, float[] b, float[] c, int m, int k, int n, boolean accumulate) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                float sum = 0f;
                for (int p = 0; p < k; p++) {
                    sum += a[i * k + p] * b[j * k + p];
                }
                c[i * n + j] = accumulate ? c[i * n + j] + sum : sum;
            }
        }
    }

    @Override
    public void expInPlace(float[] x, int from, int to) {
        for (int i = from; i < to; i++) {
            x[i] = (float) Math.exp(x[i]);
        }
    }

    @Override
    public void adam(float[] param, float[] grad, float[] m, float[] v, int n, float beta1, float a1, float beta2, float a2,
                     float negStepSize, float bc2Sqrt, float eps, float decay) {
        for (int i = 0; i < n; i++) {
            float g = grad[i];
            float mi = Math.fma(a1, g, m[i] * beta1);
            float vi = Math.fma(a2 * g, g, v[i] * beta2);
            m[i] = mi;
            v[i] = vi;
            param[i] = decay * param[i] + negStepSize * mi / ((float) Math.sqrt(vi) / bc2Sqrt + eps);
        }
    }

    @Override
    public void shiftScale(float[] x, float[] out, int rows, int cols, float[] shift, float[] scale) {
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            for (int c = 0; c < cols; c++) {
                out[base + c] = (x[base + c] + shift[c]) * scale[c];
            }
        }
    }

    @Override
    public void relu(float[] z, float[] out, int n) {
        FloatArrays.relu(z, out, n);
    }

    @Override
    public void reluBackward(float[] z, float[] g, float[] out, int n) {
        FloatArrays.reluBackward(z, g, out, n);
    }

    @Override
    public void addColumnSums(float[] m, int rows, int cols, double[] sums) {
        FloatArrays.addColumnSums(m, rows, cols, sums, 0);
    }

    @Override
    public void addRow(float[] x, int rows, int cols, float[] w) {
        FloatArrays.addRow(x, rows, cols, w, 0);
    }

    @Override
    public String describe() { return "loops"; }
}

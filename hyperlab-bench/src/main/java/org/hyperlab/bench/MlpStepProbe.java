package org.hyperlab.bench;

import java.nio.file.Path;
import java.util.SplittableRandom;
import org.hyperlab.core.data.Dataset;
import org.hyperlab.core.data.MnistData;
import org.hyperlab.core.data.MnistFiles;
import org.hyperlab.core.data.MnistRepository;
import org.hyperlab.core.loss.SoftmaxCrossEntropy;
import org.hyperlab.core.nn.FullyConnected;
import org.hyperlab.core.nn.Input;
import org.hyperlab.core.nn.Parameter;
import org.hyperlab.core.nn.ReLU;
import org.hyperlab.core.nn.Sequential;
import org.hyperlab.core.nn.ZScoring;
import org.hyperlab.core.optim.Adam;
import org.hyperlab.core.optim.AdamConfig;
import org.hyperlab.core.tensor.storage.Matrix;
import org.hyperlab.core.tensor.storage.Precision;
import org.hyperlab.core.train.MiniBatches;

/**
 * Per-phase main-thread CPU and wall time of the MLP 784→256 ReLU→10 step at batch 128 on real MNIST, and the heap
 * bytes its live threads allocate per step: where a step's time goes (batch, first layer forward, the middle, first
 * layer backward, Adam). MNIST from the second argument, else {@code $HYPERLAB_DATA/mnist} or
 * {@code ~/.cache/hyperlab/mnist}; {@code -Dglobal} for global z-scoring, {@code -Dhyperlab.sparse=false} for the
 * dense first layer. After the jar is built:
 * <pre>java --add-modules jdk.incubator.vector -XX:+UseSerialGC -Dhyperlab.threads=1 -cp hyperlab-cli/target/hyperlab.jar org.hyperlab.bench.MlpStepProbe 4 [mnist-dir]</pre>
 */
public final class MlpStepProbe {
    private MlpStepProbe() {
    }

    static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    /** Heap bytes allocated so far by the live threads (the main thread and the kernels' pool). */
    static long allocated() {
        long sum = 0;
        for (long b : ((com.sun.management.ThreadMXBean) CPU).getThreadAllocatedBytes(CPU.getAllThreadIds())) {
            sum += Math.max(0, b);
        }
        return sum;
    }

    public static void main(String[] a) throws Exception {
        MnistData data = MnistRepository.loadFrom(a.length > 1 ? Path.of(a[1]) : MnistFiles.defaultDirectory(), Precision.FLOAT32);
        Dataset train = data.train();
        Input in = (System.getProperty("global") != null ? Input.zScoring(ZScoring.GLOBAL) : Input.zScoring()).fit(train.features());
        FullyConnected fc1 = new FullyConnected(784, 256, 1, Precision.FLOAT32), fc2 = new FullyConnected(256, 10, 2, Precision.FLOAT32);
        ReLU relu = new ReLU();
        SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy();
        Sequential model = new Sequential(in, fc1, relu, fc2);
        Adam adam = new Adam(model.parameters(), AdamConfig.defaults());
        MiniBatches mb = new MiniBatches(train, 128, Precision.FLOAT32);
        SplittableRandom rnd = new SplittableRandom(1);
        int epochs = Integer.parseInt(a[0]);
        for (int epoch = 0; epoch < epochs; epoch++) {
            long[] c = new long[6], w = new long[6];
            long e0 = System.nanoTime(), a0 = allocated();
            mb.shuffle(rnd);
            for (int b = 0; b < mb.count(); b++) {
                long c0 = CPU.getCurrentThreadCpuTime(), w0 = System.nanoTime();
                MiniBatches.Batch bt = mb.batch(b);
                for (Parameter p : model.parameters()) p.zeroGrad();
                Matrix x = in.forward(bt.features());
                long c1 = CPU.getCurrentThreadCpuTime(), w1 = System.nanoTime();
                Matrix z1 = fc1.forward(x);
                long c2 = CPU.getCurrentThreadCpuTime(), w2 = System.nanoTime();
                Matrix z = fc2.forward(relu.forward(z1));
                loss.forward(z, bt.targets());
                Matrix gz = loss.backward();
                Matrix gh = relu.backward(fc2.backward(gz));
                long c3 = CPU.getCurrentThreadCpuTime(), w3 = System.nanoTime();
                fc1.backwardParameters(gh);
                long c4 = CPU.getCurrentThreadCpuTime(), w4 = System.nanoTime();
                adam.step();
                long c5 = CPU.getCurrentThreadCpuTime(), w5 = System.nanoTime();
                c[0] += c1 - c0; c[1] += c2 - c1; c[2] += c3 - c2; c[3] += c4 - c3; c[4] += c5 - c4;
                w[0] += w1 - w0; w[1] += w2 - w1; w[2] += w3 - w2; w[3] += w4 - w3; w[4] += w5 - w4;
            }
            double wall = (System.nanoTime() - e0) / 1e6;
            int s = mb.count();
            long bytes = (allocated() - a0) / s;
            System.out.printf("epoch %d wall %.0f ms, %d B/step | per step us cpu/wall: batch %.0f/%.0f  fc1 fwd %.0f/%.0f  middle %.0f/%.0f  fc1 bwd %.0f/%.0f  adam %.0f/%.0f%n",
                epoch, wall, bytes, c[0]/1e3/s, w[0]/1e3/s, c[1]/1e3/s, w[1]/1e3/s, c[2]/1e3/s, w[2]/1e3/s, c[3]/1e3/s, w[3]/1e3/s, c[4]/1e3/s, w[4]/1e3/s);
        }
    }
}

package org.hyperlab.core.tensor.sparse;

/**
 * The order in which a sparse product visits the operand's rows, with each row's range of non-zeros read once
 * up front: entry t covers the non-zeros {@code [start[t], end[t])} of the source and belongs to operand row
 * {@code position[t]}. Up to {@link #SORT_ROWS} rows the order is the operand's; for more rows (full batches) the
 * rows are visited in ascending source order (a stable counting sort), so memory is read front to back. The order
 * depends only on the operand, never on the thread count.
 *
 * <p>{@link #touch} is the other half of the latency fix: random rows cost two dependent cache misses each (the
 * row's offsets, then its values), and a product's own loop leaves few of them in flight. Loading one element
 * per 64-byte line of a block of rows first, in a loop with nothing else to do, lets the core overlap the misses
 * (measured: it halved the time of a batch-128 forward over shuffled MNIST rows, the touch included).
 *
 * <p>The arrays are per-thread scratch reused by the next plan on the same thread. A sorted plan also serves the next
 * call for the same rows in the same order without sorting again (a full batch's backward after its forward).
 */
final class SparseRowPlan {
    /** Rows from which the visit order is sorted by source row. */
    static final int SORT_ROWS = 4096;
    /** Rows touched ahead of each block of work. */
    static final int BLOCK = 64;

    private static final ThreadLocal<SparseRowPlan> PLANS = ThreadLocal.withInitial(SparseRowPlan::new);
    /** Where the touch loop stores its (meaningless) result so the JIT cannot drop its loads. */
    private static int sink;

    int[] start = new int[0];
    int[] end = new int[0];
    int[] position = new int[0];
    private int[] counts = new int[0];
    /**
     * For a sorted plan: its source and a copy of its operand's row indices. A full batch's forward and backward
     * visit the same rows, so the backward reuses the forward's plan instead of sorting 60,000 rows again (~5 % of
     * a full-batch step); the copy, not the index array's identity, decides, since the trainer reshuffles that
     * array in place between epochs. The source is held weakly: a thread's last plan must not keep a dataset alive.
     */
    private java.lang.ref.WeakReference<SparseRows> sortedSource;
    private int[] sortedRows = new int[0];
    int rows;
    long nonZeros;
    /** True when entry t is operand row t (no sorting). */
    boolean sequential;

    private SparseRowPlan() {
    }

    /** The calling thread's plan, filled for {@code a}. */
    static SparseRowPlan of(SparseOperand a) {
        SparseRowPlan plan = PLANS.get();
        plan.fill(a);
        return plan;
    }

    private void fill(SparseOperand a) {
        int m = a.rows();
        boolean sort = m >= SORT_ROWS && a.indices() != null;
        if (sort && sortedFor(a)) {
            return;   // the same rows as the last sorted plan of this thread: the backward after its forward
        }
        sortedSource = null;
        rows = m;
        if (start.length < m) {
            start = new int[m];
            end = new int[m];
            position = new int[m];
        }
        int[] rs = a.source().rowStart();
        sequential = !sort;
        if (!sequential) {
            sortBySource(a);
        } else {
            for (int t = 0; t < m; t++) {
                position[t] = t;
            }
        }
        long total = 0;
        for (int t = 0; t < m; t++) {
            int r = a.sourceRow(position[t]);
            start[t] = rs[r];
            end[t] = rs[r + 1];
            total += end[t] - start[t];
        }
        nonZeros = total;
        if (sort) {
            sortedSource = new java.lang.ref.WeakReference<>(a.source());
            if (sortedRows.length < m) {
                sortedRows = new int[m];
            }
            System.arraycopy(a.indices(), a.from(), sortedRows, 0, m);
        }
    }

    /** True when this plan is sorted and was made for the same source rows as {@code a}'s, in the same order. */
    private boolean sortedFor(SparseOperand a) {
        int m = a.rows();
        return sortedSource != null && sortedSource.get() == a.source() && rows == m
                && java.util.Arrays.equals(a.indices(), a.from(), a.from() + m, sortedRows, 0, m);
    }

    private void sortBySource(SparseOperand a) {
        int n = a.source().rows(), m = a.rows();
        if (counts.length < n + 1) {
            counts = new int[n + 1];
        }
        java.util.Arrays.fill(counts, 0, n + 1, 0);
        for (int r = 0; r < m; r++) {
            counts[a.sourceRow(r) + 1]++;
        }
        for (int i = 0; i < n; i++) {
            counts[i + 1] += counts[i];
        }
        for (int r = 0; r < m; r++) {
            position[counts[a.sourceRow(r)]++] = r;
        }
    }

    /** Average non-zeros per row (at least 1). */
    double nonZerosPerRow() {
        return rows == 0 ? 1 : Math.max(1.0, (double) nonZeros / rows);
    }

    /**
     * Loads one element per cache line of entries {@code [t0, t1)} (columns and float values) so their misses overlap.
     * Nothing for a plan sorted by source row: its rows lie one after the other in memory and the hardware prefetchers
     * fetch them ahead; a touch pass there only added a pass over the rows (a full-batch step on one thread ran
     * about a quarter faster without it).
     */
    void touch(SparseRows source, int t0, int t1) {
        touch(source, t0, t1, false);
    }

    /**
     * {@link #touch}, reading the byte values ({@link SparseRows#bytes()}) instead of the floats when
     * {@code byteValues}: the arrays the narrow products read.
     */
    void touch(SparseRows source, int t0, int t1, boolean byteValues) {
        if (!sequential) {
            return;   // rows in source order are read front to back: the hardware prefetchers already stream them
        }
        float[] val = source.values();
        byte[] bytes = source.bytes();
        int step = byteValues ? 64 : 64 / Float.BYTES;
        int acc = 0;
        for (int t = t0; t < t1; t++) {
            int e = end[t];
            for (int p = start[t]; p < e; p += step) {   // (the JIT moves the invariant test out of the loop)
                acc ^= byteValues ? bytes[p] : Float.floatToRawIntBits(val[p]);
            }
        }
        sink ^= acc ^ touchColumns(source.columns(), t0, t1);
    }

    private int touchColumns(char[] col, int t0, int t1) {
        int acc = 0;
        for (int t = t0; t < t1; t++) {
            int e = end[t];
            for (int p = start[t]; p < e; p += 32) {
                acc ^= col[p];
            }
        }
        return acc;
    }
}

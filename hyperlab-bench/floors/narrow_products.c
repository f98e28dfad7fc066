/*
 * A practical floor for hyperlab's softmax-regression epochs: the two sparse first-layer products alone, written by
 * hand in C with AVX-512 intrinsics, over the real MNIST training images in a shuffled order.
 *
 *   forward   Z[t, :]  = sum over the non-zeros x of image t:  x * W[col, :]      (16-lane rows, 10 used)
 *   backward  dW[col, :] += x * G[t, :]                        (one read-modify-write per non-zero)
 *
 * The same data layout as hyperlab's kernels (CSR rows, 16-bit columns, the pixel values as bytes, W padded to 16
 * lanes, eight forward accumulators) plus what Java cannot express: software prefetch of the rows four images
 * ahead and no bounds checks. Nothing else of a training step is done (no z-scoring terms, no zeroing or finishing
 * of dW, no softmax/cross-entropy, no Adam), so any real step costs more than this.
 *
 *   --threads 1   one thread, each image's non-zeros in one loop
 *   --threads 2   two threads, the pixels split in halves [0, 392) and [392, 784): each thread owns its half of W
 *                 and dW, so only the partial outputs Z and the gradient G cross between the cores (spin-waits on
 *                 two counters per step)
 *
 * Build and run (gcc from Debian's build-essential; the project does not need it):
 *   gcc -O3 -march=native -pthread -o /tmp/narrow_products hyperlab-bench/floors/narrow_products.c
 *   /tmp/narrow_products --batch 128 --threads 2 [--epochs 7] [--data-dir ~/.cache/hyperlab/mnist]
 * Prints the seconds per epoch of each epoch and their median (the first epoch is a warm-up and not counted).
 */
#include <immintrin.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define K 784          /* pixels per image */
#define HALF 392       /* the pixel split of --threads 2 */
#define L 16           /* lanes of W's padded rows */
#define MAX_BATCH 4096
#ifndef AHEAD
#define AHEAD 4        /* rows prefetched ahead (-DAHEAD=n to change) */
#endif

static uint16_t *col;
static uint8_t *val;
static int *row_start, *row_mid;   /* row_mid[r]: first non-zero of row r at a pixel >= HALF */
static int *order, images, batch, steps;
static float w[2][K * L] __attribute__((aligned(64)));
static float dw[2][K * L] __attribute__((aligned(64)));
static float z[2][MAX_BATCH * L] __attribute__((aligned(64)));
static float g[MAX_BATCH * L] __attribute__((aligned(64)));
static _Atomic int forward_done = -1, gradient_ready = -1;

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

/* Non-zeros of row r that part `part` handles: all of them (part -1), the first half of the pixels (0), the rest (1). */
static int lo(int part, int r) { return part == 1 ? row_mid[r] : row_start[r]; }
static int hi(int part, int r) { return part == 0 ? row_mid[r] : row_start[r + 1]; }

/* prefetcht0 as volatile assembly: gcc 12 deletes a loop whose body is only _mm_prefetch / __builtin_prefetch. */
static inline void prefetch(const void *address) { __asm__ volatile("prefetcht0 %0" : : "m"(*(const char *) address)); }

static void prefetch_row(int part, int r) {
    for (int p = lo(part, r), e = hi(part, r); p < e; p += 32) prefetch(&col[p]);
    for (int p = lo(part, r), e = hi(part, r); p < e; p += 64) prefetch(&val[p]);
}

#define TERM(q, a) a = _mm512_fmadd_ps(_mm512_load_ps(wp + col[p + q] * L), _mm512_set1_ps((float) val[p + q]), a)

static void forward(int part, const int *rows) {
    const float *wp = w[part < 0 ? 0 : part];
    float *out = z[part < 0 ? 0 : part];
    for (int t = 0; t < batch; t++) {
        if (t + AHEAD < batch) prefetch_row(part, rows[t + AHEAD]);
        int r = rows[t], p = lo(part, r), e = hi(part, r);
        __m512 a0 = _mm512_setzero_ps(), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0;
        for (; p + 8 <= e; p += 8) {
            TERM(0, a0); TERM(1, a1); TERM(2, a2); TERM(3, a3); TERM(4, a4); TERM(5, a5); TERM(6, a6); TERM(7, a7);
        }
        for (; p < e; p++) TERM(0, a0);
        __m512 s = _mm512_add_ps(_mm512_add_ps(_mm512_add_ps(a0, a1), _mm512_add_ps(a2, a3)),
                                 _mm512_add_ps(_mm512_add_ps(a4, a5), _mm512_add_ps(a6, a7)));
        _mm512_store_ps(out + t * L, s);
    }
}

static void backward(int part, const int *rows) {
    float *acc = dw[part < 0 ? 0 : part];
    for (int t = 0; t < batch; t++) {
        int r = rows[t];
        __m512 gv = _mm512_load_ps(g + t * L);
        for (int p = lo(part, r), e = hi(part, r); p < e; p++) {
            float *a = acc + col[p] * L;
            _mm512_store_ps(a, _mm512_fmadd_ps(gv, _mm512_set1_ps((float) val[p]), _mm512_load_ps(a)));
        }
    }
}

/* Stands in for the loss: G = small multiple of the summed partial outputs (keeps the data dependency, no softmax). */
static void gradient(int parts) {
    for (int t = 0; t < batch; t++) {
        __m512 s = _mm512_load_ps(z[0] + t * L);
        if (parts == 2) s = _mm512_add_ps(s, _mm512_load_ps(z[1] + t * L));
        _mm512_store_ps(g + t * L, _mm512_mul_ps(s, _mm512_set1_ps(1e-3f)));
    }
}

static void *second_half(void *unused) {
    (void) unused;
    for (int s = 0; s < steps; s++) {
        forward(1, order + s * batch);
        atomic_store(&forward_done, s);
        while (atomic_load(&gradient_ready) < s) _mm_pause();
        backward(1, order + s * batch);
    }
    return NULL;
}

static double epoch(int threads) {
    atomic_store(&forward_done, -1);
    atomic_store(&gradient_ready, -1);
    double t0 = now();
    if (threads == 2) {
        pthread_t other;
        pthread_create(&other, NULL, second_half, NULL);
        for (int s = 0; s < steps; s++) {
            forward(0, order + s * batch);
            while (atomic_load(&forward_done) < s) _mm_pause();
            gradient(2);
            atomic_store(&gradient_ready, s);
            backward(0, order + s * batch);
        }
        pthread_join(other, NULL);
    } else {
        for (int s = 0; s < steps; s++) {
            forward(-1, order + s * batch);
            gradient(1);
            backward(-1, order + s * batch);
        }
    }
    return now() - t0;
}

static int compare(const void *a, const void *b) {
    double x = *(const double *) a, y = *(const double *) b;
    return (x > y) - (x < y);
}

static void usage(const char *why) {
    fprintf(stderr, "narrow_products: %s\nusage: narrow_products [--batch 1..%d] [--threads 1|2] [--epochs N>=2] "
            "[--data-dir DIR]\n", why, MAX_BATCH);
    exit(2);
}

int main(int argc, char **argv) {
    int threads = 1, epochs = 7;
    batch = 128;
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/.cache/hyperlab/mnist", getenv("HOME") ? getenv("HOME") : ".");
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
            printf("usage: narrow_products [--batch 1..%d] [--threads 1|2] [--epochs N>=2] [--data-dir DIR]\n", MAX_BATCH);
            return 0;
        }
        if (i + 1 >= argc) usage("expected a value after the last option");
        if (!strcmp(argv[i], "--batch")) batch = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--threads")) threads = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--epochs")) epochs = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--data-dir")) snprintf(dir, sizeof dir, "%s", argv[++i]);
        else usage("unknown option");
    }
    if (batch < 1 || batch > MAX_BATCH) usage("--batch out of range");
    if (threads != 1 && threads != 2) usage("--threads must be 1 or 2");
    if (epochs < 2 || epochs > 1000) usage("--epochs must be 2..1000");

    char path[4200];
    snprintf(path, sizeof path, "%s/train-images-idx3-ubyte", dir);
    FILE *f = fopen(path, "rb");
    if (!f) { fprintf(stderr, "narrow_products: cannot read %s (run ./hyperlab fetch first)\n", path); return 1; }
    unsigned char head[16];
    if (fread(head, 1, 16, f) != 16) { fprintf(stderr, "narrow_products: %s: short header\n", path); return 1; }
    images = head[4] << 24 | head[5] << 16 | head[6] << 8 | head[7];
    size_t pixels = (size_t) images * K;
    uint8_t *img = malloc(pixels);
    if (!img || fread(img, 1, pixels, f) != pixels) { fprintf(stderr, "narrow_products: %s: short data\n", path); return 1; }
    fclose(f);

    size_t nnz = 0;
    for (size_t i = 0; i < pixels; i++) nnz += img[i] != 0;
    col = aligned_alloc(64, (nnz * 2 + 127) / 64 * 64);
    val = aligned_alloc(64, (nnz + 127) / 64 * 64);
    row_start = malloc((images + 1) * sizeof(int));
    row_mid = malloc(images * sizeof(int));
    order = malloc(images * sizeof(int));
    size_t q = 0;
    for (int r = 0; r < images; r++) {
        row_start[r] = (int) q;
        for (int c = 0; c < K; c++) {
            if (c == HALF) row_mid[r] = (int) q;
            uint8_t v = img[(size_t) r * K + c];
            if (v) { col[q] = (uint16_t) c; val[q] = v; q++; }
        }
    }
    row_start[images] = (int) q;
    free(img);
    for (int part = 0; part < 2; part++)
        for (int i = 0; i < K * L; i++) w[part][i] = i % L < 10 ? 1e-3f * (i % 7) : 0;

    steps = images / batch;
    uint64_t seed = 1;
    double times[1000];
    printf("narrow_products: %d images, %.1f non-zeros per image, batch %d, %d thread(s), %d steps per epoch\n",
           images, (double) nnz / images, batch, threads, steps);
    for (int e = 0; e < epochs; e++) {
        for (int i = 0; i < images; i++) order[i] = i;
        for (int i = images - 1; i > 0; i--) {   /* Fisher-Yates with a 64-bit LCG: a new shuffle each epoch */
            seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
            int j = (int) ((seed >> 33) % (uint64_t) (i + 1)), t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        times[e] = epoch(threads);
        printf("epoch %d: %.4f s%s\n", e + 1, times[e], e == 0 ? " (warm-up)" : "");
    }
    qsort(times + 1, epochs - 1, sizeof(double), compare);
    int n = epochs - 1;
    double median = n % 2 ? times[1 + n / 2] : (times[n / 2] + times[1 + n / 2]) / 2;
    printf("median %.4f s per epoch (%.2f us per step), min %.4f, max %.4f; checksum %g\n", median,
           median / steps * 1e6, times[1], times[n], dw[0][100] + dw[1][L * 500]);
    return 0;
}

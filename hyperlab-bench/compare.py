#!/usr/bin/python3
"""PyTorch's and numpy's seconds per epoch for the workloads of `hyperlab bench`, on the same machine.

Same data and settings as the Java benchmark: the 60,000 MNIST training images as float32, z-scored per pixel
(statistics of the training set, constant pixels left at 0), softmax regression 784->10 at batch 32, 128 and
full batch, and the MLP 784-256(ReLU)-10 at batch 128; Adam (lr 1e-3, betas 0.9/0.999, eps 1e-8), cross-entropy
from logits, reshuffled every epoch. One warm-up epoch, then the median (min-max) of the timed epochs.

Needs Debian's python3-torch and python3-numpy (apt-get install python3-torch python3-numpy); hyperlab itself
does not. Both reach their matrix products through the system's BLAS (libblas.so.3): with only Debian's reference
BLAS installed (libblas3, what python3-numpy pulls in) they run 10-30x slower than with an optimized one, so for a
fair comparison also install OpenBLAS (apt-get install libopenblas0-pthread). The BLAS library actually loaded is
printed (and is in --json), and a warning goes to stderr when it is the reference one.
Usage: hyperlab-bench/compare.py [--epochs 5] [--data-dir DIR] [--json] [--only torch|numpy]
"""
import argparse
import json
import os
import statistics
import struct
import sys
import time

import numpy as np


def idx(path):
    with open(path, "rb") as f:
        raw = f.read()
    magic, = struct.unpack(">I", raw[:4])
    dims = magic & 0xFF
    shape = struct.unpack(">" + "I" * dims, raw[4:4 + 4 * dims])
    return np.frombuffer(raw, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def load(data_dir):
    x = idx(os.path.join(data_dir, "train-images-idx3-ubyte")).reshape(60000, 784).astype(np.float32)
    y = idx(os.path.join(data_dir, "train-labels-idx1-ubyte")).astype(np.int64)
    mu = x.mean(axis=0)
    sd = x.std(axis=0)
    sd[sd <= 1e-12] = 1.0
    return ((x - mu) / sd).astype(np.float32), y


def loaded_blas():
    """The BLAS/LAPACK shared libraries mapped into this process (after numpy and torch did a product)."""
    found = set()
    try:
        with open("/proc/self/maps") as maps:
            for line in maps:
                path = line.split()[-1] if len(line.split()) >= 6 else ""
                name = os.path.basename(path)
                if any(k in name for k in ("blas", "lapack", "mkl", "blis", "atlas")):
                    found.add(os.path.realpath(path))
    except OSError:
        pass
    return sorted(found)


def summarize(seconds):
    timed = seconds[1:] if len(seconds) > 1 else seconds
    return {"median": statistics.median(timed), "min": min(timed), "max": max(timed), "reps": len(timed)}


def torch_epochs(x, y, hidden, batch, epochs):
    import torch
    torch.manual_seed(1)
    xt, yt = torch.from_numpy(x), torch.from_numpy(y)
    if hidden:
        model = torch.nn.Sequential(torch.nn.Linear(784, hidden), torch.nn.ReLU(), torch.nn.Linear(hidden, 10))
    else:
        model = torch.nn.Linear(784, 10)
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss_fn = torch.nn.CrossEntropyLoss()
    n = x.shape[0]
    times = []
    for _ in range(epochs + 1):
        start = time.perf_counter()
        order = torch.randperm(n)
        for b in range(0, n, batch):
            idx_b = order[b:b + batch]
            opt.zero_grad()
            loss = loss_fn(model(xt[idx_b]), yt[idx_b])
            loss.backward()
            opt.step()
        times.append(time.perf_counter() - start)
    return summarize(times)


class NumpyAdam:
    def __init__(self, params, lr=1e-3, b1=0.9, b2=0.999, eps=1e-8):
        self.params, self.lr, self.b1, self.b2, self.eps, self.t = params, lr, b1, b2, eps, 0
        self.m = [np.zeros_like(p) for p in params]
        self.v = [np.zeros_like(p) for p in params]

    def step(self, grads):
        self.t += 1
        c1, c2 = 1 - self.b1 ** self.t, 1 - self.b2 ** self.t
        for p, g, m, v in zip(self.params, grads, self.m, self.v):
            m *= self.b1
            m += (1 - self.b1) * g
            v *= self.b2
            v += (1 - self.b2) * g * g
            p -= (self.lr / c1) * m / (np.sqrt(v) / np.sqrt(c2) + self.eps)


def numpy_epochs(x, y, hidden, batch, epochs):
    rng = np.random.default_rng(1)
    sizes = [784, hidden, 10] if hidden else [784, 10]
    params = []
    for a, b in zip(sizes, sizes[1:]):
        bound = np.sqrt(6.0 / (a + b))
        params += [rng.uniform(-bound, bound, (a, b)).astype(np.float32), np.zeros(b, np.float32)]
    opt = NumpyAdam(params)
    onehot = np.eye(10, dtype=np.float32)
    n = x.shape[0]
    times = []
    for _ in range(epochs + 1):
        start = time.perf_counter()
        order = rng.permutation(n)
        for b in range(0, n, batch):
            ib = order[b:b + batch]
            xb, yb = x[ib], onehot[y[ib]]
            if hidden:
                w1, b1, w2, b2 = params
                h = np.maximum(xb @ w1 + b1, 0)
                z = h @ w2 + b2
            else:
                w1, b1 = params
                z = xb @ w1 + b1
            z = z - z.max(axis=1, keepdims=True)
            e = np.exp(z)
            dz = (e / e.sum(axis=1, keepdims=True) - yb) / len(ib)
            if hidden:
                dh = (dz @ w2.T) * (h > 0)
                grads = [xb.T @ dh, dh.sum(axis=0), h.T @ dz, dz.sum(axis=0)]
            else:
                grads = [xb.T @ dz, dz.sum(axis=0)]
            opt.step(grads)
        times.append(time.perf_counter() - start)
    return summarize(times)


def main():
    default_dir = os.path.join(os.environ.get("HYPERLAB_DATA", os.path.expanduser("~/.cache/hyperlab")), "mnist")
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--epochs", type=int, default=5, help="timed epochs after one warm-up epoch (default 5)")
    ap.add_argument("--data-dir", default=default_dir, help="MNIST IDX files (default %(default)s)")
    ap.add_argument("--only", choices=["torch", "numpy"], help="run one framework only")
    ap.add_argument("--json", action="store_true", help="print one JSON document on stdout")
    args = ap.parse_args()
    x, y = load(args.data_dir)
    _ = x[:64] @ x[:64].T  # load numpy's BLAS
    blas = loaded_blas()
    print("compare: BLAS libraries loaded: " + (", ".join(blas) or "none found"), file=sys.stderr)
    if not any("openblas" in b or "mkl" in b or "blis" in b for b in blas):
        print("compare: warning: no optimized BLAS loaded (reference BLAS is 10-30x slower); for a fair comparison "
              "install libopenblas0-pthread", file=sys.stderr)
    workloads = [("softmax regression 784→10, batch 32", 0, 32), ("softmax regression 784→10, batch 128", 0, 128),
                 ("softmax regression 784→10, full batch", 0, 60000), ("MLP 784→256 ReLU→10, batch 128", 256, 128)]
    results = []
    for name, hidden, batch in workloads:
        row = {"name": name}
        for fw, fn in (("torch", torch_epochs), ("numpy", numpy_epochs)):
            if args.only and args.only != fw:
                continue
            print(f"compare: {fw} {name}", file=sys.stderr, flush=True)
            row[fw] = fn(x, y, hidden, batch, args.epochs)
        results.append(row)
    if args.json:
        import torch
        print(json.dumps({"torch": torch.__version__, "torchThreads": torch.get_num_threads(),
                          "numpy": np.__version__, "blas": loaded_blas(), "workloads": results}, indent=2))
        return
    print("BLAS: " + (", ".join(loaded_blas()) or "none found"))
    print(f"{'workload':<40} {'PyTorch s/epoch (min–max)':<28} {'numpy s/epoch (min–max)':<28}")
    for row in results:
        cells = []
        for fw in ("torch", "numpy"):
            r = row.get(fw)
            cells.append(f"{r['median']:.3f} ({r['min']:.3f}–{r['max']:.3f})" if r else "—")
        print(f"{row['name']:<40} {cells[0]:<28} {cells[1]:<28}")


if __name__ == "__main__":
    main()

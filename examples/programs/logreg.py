#!/usr/bin/env python3
"""Logistic regression on a small synthetic data set, standard library only: a trial program for hyperlab.

    python3 examples/programs/logreg.py --lr 0.1 --epochs 30 [--l2 0.0] [--batch 32] [--seed 0]

Two Gaussian classes in 8 dimensions (fixed data seed, so every trial sees the same data), 1200 training and 800
validation points, mini-batch gradient descent on the mean cross-entropy plus l2/2 * |w|^2. After every epoch it
prints one report line in hyperlab's protocol, e.g. {"step": 3, "val_loss": 0.3120, "val_accuracy": 0.885}.
A diverging run prints NaN (Python's json writes it as NaN), which hyperlab records as diverged.
"""
import argparse
import json
import math
import random


def make_data(rng, n, dim):
    centre = [0.3 if i % 2 == 0 else -0.2 for i in range(dim)]
    rows = []
    for _ in range(n):
        y = rng.random() < 0.5
        sign = 1.0 if y else -1.0
        rows.append(([sign * c + rng.gauss(0.0, 1.0) for c in centre], 1.0 if y else 0.0))
    return rows


def sigmoid(z):
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def loss_and_accuracy(w, b, rows):
    total, correct = 0.0, 0
    for x, y in rows:
        z = sum(wi * xi for wi, xi in zip(w, x)) + b
        p = min(max(sigmoid(z), 1e-12), 1.0 - 1e-12)
        total -= y * math.log(p) + (1.0 - y) * math.log(1.0 - p)
        correct += (p >= 0.5) == (y == 1.0)
    return total / len(rows), correct / len(rows)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lr", type=float, required=True)
    parser.add_argument("--epochs", type=int, default=20)
    parser.add_argument("--l2", type=float, default=0.0)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    data = make_data(random.Random(12345), 2000, 8)
    train, val = data[:1200], data[1200:]
    rng = random.Random(args.seed)
    w, b = [0.0] * 8, 0.0
    for epoch in range(1, args.epochs + 1):
        rng.shuffle(train)
        for start in range(0, len(train), args.batch):
            batch = train[start:start + args.batch]
            gw, gb = [0.0] * 8, 0.0
            for x, y in batch:
                z = sum(wi * xi for wi, xi in zip(w, x)) + b
                err = sigmoid(max(min(z, 700.0), -700.0)) - y
                for i in range(8):
                    gw[i] += err * x[i]
                gb += err
            scale = args.lr / len(batch)
            w = [wi - scale * gi - args.lr * args.l2 * wi for wi, gi in zip(w, gw)]
            b -= scale * gb
        try:
            loss, acc = loss_and_accuracy(w, b, val)
        except (OverflowError, ValueError):
            loss, acc = float("nan"), 0.0
        print(json.dumps({"step": epoch, "val_loss": round(loss, 6), "val_accuracy": acc}), flush=True)
        if math.isnan(loss):
            return


if __name__ == "__main__":
    main()

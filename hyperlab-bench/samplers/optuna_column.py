#!/usr/bin/env python3
"""The Optuna column of the sampler benchmark (`hyperlab bench samplers`): Optuna's default TPESampler
on the same six functions, seeds 0..SEEDS-1, written as OUT/curves-optuna.csv in the benchmark's CSV format
(function,sampler,seed,trial,best). The project never needs Optuna; install it only to re-make this column:

    python3 -m venv /tmp/optuna-venv && /tmp/optuna-venv/bin/pip install optuna==5.0.0
    /tmp/optuna-venv/bin/python hyperlab-bench/samplers/optuna_column.py --seeds 30 --trials 200 --out runs/sampler-bench

The function definitions match TestFunction.java (Surjanovic and Bingham's Virtual Library of Simulation
Experiments); the parameter names and ranges are the same.
"""
import argparse
import math
import os
import sys
import time

import optuna


def branin(t):
    x1 = t.suggest_float("x0", -5, 10)
    x2 = t.suggest_float("x1", 0, 15)
    b, c, s = 5.1 / (4 * math.pi ** 2), 5 / math.pi, 1 / (8 * math.pi)
    return (x2 - b * x1 * x1 + c * x1 - 6) ** 2 + 10 * (1 - s) * math.cos(x1) + 10


ALPHA = [1.0, 1.2, 3.0, 3.2]
A = [[10, 3, 17, 3.5, 1.7, 8], [0.05, 10, 17, 0.1, 8, 14], [3, 3.5, 1.7, 10, 17, 8], [17, 8, 0.05, 10, 0.1, 14]]
P = [[1312, 1696, 5569, 124, 8283, 5886], [2329, 4135, 8307, 3736, 1004, 9991],
     [2348, 1451, 3522, 2883, 3047, 6650], [4047, 8828, 8732, 5743, 1091, 381]]


def hartmann6(t):
    x = [t.suggest_float(f"x{j}", 0, 1) for j in range(6)]
    return -sum(ALPHA[i] * math.exp(-sum(A[i][j] * (x[j] - P[i][j] * 1e-4) ** 2 for j in range(6)))
                for i in range(4))


def rosenbrock5(t):
    x = [t.suggest_float(f"x{j}", -5, 10) for j in range(5)]
    return sum(100 * (x[i + 1] - x[i] ** 2) ** 2 + (x[i] - 1) ** 2 for i in range(4))


def styblinski_tang10(t):
    x = [t.suggest_float(f"x{j}", -5, 5) for j in range(10)]
    return sum(v ** 4 - 16 * v ** 2 + 5 * v for v in x) / 2


def mixed(t):
    optimizer = t.suggest_categorical("optimizer", ["sgd", "momentum", "adam"])
    lr = t.suggest_float("lr", 1e-5, 1, log=True)
    layers = t.suggest_int("layers", 1, 8)
    width = t.suggest_categorical("width", [64, 128, 256, 512])
    opt = ["sgd", "momentum", "adam"].index(optimizer)
    centre = -1 - opt
    offset = [0.6, 0.2, 0][opt]
    return (math.log10(lr) - centre) ** 2 + 0.3 * (layers - 3) ** 2 / 4 + (0 if width == 256 else 0.5) + offset


def conditional(t):
    # define-by-run: momentum exists only for the momentum optimizer, beta1 and warmup only for adam
    optimizer = t.suggest_categorical("optimizer", ["sgd", "momentum", "adam"])
    lr = t.suggest_float("lr", 1e-5, 1, log=True)
    layers = t.suggest_int("layers", 1, 8)
    opt = ["sgd", "momentum", "adam"].index(optimizer)
    value = (math.log10(lr) + 1 + opt) ** 2 + 0.3 * (layers - 3) ** 2 / 4 + [0.6, 0.2, 0][opt]
    if optimizer == "momentum":
        value += 2 * (t.suggest_float("momentum", 0, 0.99) - 0.9) ** 2
    elif optimizer == "adam":
        value += 5 * (t.suggest_float("beta1", 0.5, 0.999) - 0.85) ** 2 + 0.02 * (t.suggest_int("warmup", 0, 10) - 4) ** 2
    return value


FUNCTIONS = {"branin": branin, "hartmann6": hartmann6, "rosenbrock5": rosenbrock5,
             "styblinski-tang10": styblinski_tang10, "mixed": mixed, "conditional": conditional}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", type=int, default=30)
    ap.add_argument("--trials", type=int, default=200)
    ap.add_argument("--out", default="runs/sampler-bench")
    ap.add_argument("--functions", default="all")
    args = ap.parse_args()
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    os.makedirs(args.out, exist_ok=True)
    path = os.path.join(args.out, "curves-optuna.csv")
    new = not os.path.exists(path)
    with open(path, "a") as out:
        if new:
            out.write("function,sampler,seed,trial,best\n")
        for name, fn in FUNCTIONS.items():
            if args.functions != "all" and name not in args.functions.split(","):
                continue
            t0 = time.time()
            for seed in range(args.seeds):
                study = optuna.create_study(sampler=optuna.samplers.TPESampler(seed=seed))
                study.optimize(fn, n_trials=args.trials)
                best = math.inf
                for i, tr in enumerate(study.trials):
                    best = min(best, tr.value)
                    out.write(f"{name},optuna-tpe,{seed},{i + 1},{best!r}\n")
            print(f"{name:16s} optuna-tpe {args.seeds} seeds x {args.trials} trials: {time.time() - t0:.1f} s "
                  f"(optuna {optuna.__version__})", file=sys.stderr)


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""Golden fixtures for hyperlab, computed by PyTorch (the definitions hyperlab follows).

Writes JSON files into hyperlab-core/src/test/resources/golden/; the Java tests in
org.hyperlab.core.golden compare hyperlab's optimizers, schedules, losses, layers and 1-D descent runs
against them. The fixtures are committed, so the build and CI never need Python.

Re-run (from the repository root) after changing a fixture's definition here:

    apt-get install -y python3-torch python3-numpy   # Debian's packages; any recent torch works
    /usr/bin/python3 reference/torch_golden.py

Every fixture records the torch version that produced it ("torch_version") and this script's path
("generator"). Floats are written with Python's repr (shortest round-trip), so Java's Double.parseDouble
reads back the exact float64 PyTorch computed. NaN and infinities are never written: where a run stops
being finite, the fixture says at which epoch instead.

Conventions the Java side relies on (keep both sides identical when editing):
  * matrices are row-major lists of rows;
  * the optimizer trajectories use the fixed gradient function g(θ) = θ·θ·θ − a·θ + c (elementwise,
    evaluated left to right in exactly that order), i.e. the gradient of Σ ¼θ⁴ − ½aθ² + cθ, with a and c
    stored in the fixture; steps[k] holds θ after step k+1;
  * the 1-D runs differentiate J(w) = ¼(x·w)⁴ − 4/3(x·w)³ + 3/2(x·w)² with autograd (x = 1);
    w[k] and j[k] are w and J(w) after epoch k (w[0] = w0);
  * schedules: lr[e] is the rate used during zero-based epoch e (scheduler.step() once per epoch);
    scheduled_optimizers.json steps the scheduler after every optimizer step;
  * layers: hyperlab stores a dense layer's W as (in x out) with Z = X W + b, so the reference computes
    x @ w + b directly instead of using nn.Linear (which stores W transposed).

Files: optimizers.json, scheduled_optimizers.json, descent_1d.json, schedules.json, losses.json,
theory_example.json, networks.json, training.json.
"""

import json
import math
import os
import sys

import torch
import torch.nn.functional as F

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir,
                   "hyperlab-core", "src", "test", "resources", "golden")
GENERATOR = "reference/torch_golden.py"


def header(description):
    return {"generator": GENERATOR, "torch_version": torch.__version__, "description": description}


def rows(t):
    """A tensor as nested lists of Python floats (float32 values widened exactly to float64)."""
    return t.detach().to(torch.float64).tolist()


def write(name, doc):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=1, allow_nan=False)
        f.write("\n")
    print("wrote", os.path.normpath(path), file=sys.stderr)


# --- optimizers -------------------------------------------------------------------------------------------

THETA0 = [[0.5, -1.5, 2.0], [-0.25, 1.0, 1.75]]
A = [[1.0, 2.0, 0.5], [3.0, 0.25, 1.5]]
C = [[0.5, -1.0, 0.25], [-0.75, 1.0, -0.125]]
STEPS = 10

OPTIMIZER_CASES = [
    ("sgd", "sgd", dict(lr=0.05)),
    ("sgd-momentum", "sgd", dict(lr=0.05, momentum=0.9)),
    ("sgd-momentum-dampening", "sgd", dict(lr=0.05, momentum=0.9, dampening=0.3)),
    ("sgd-nesterov", "sgd", dict(lr=0.05, momentum=0.9, nesterov=True)),
    ("sgd-weight-decay", "sgd", dict(lr=0.05, weight_decay=0.1)),
    ("sgd-momentum-weight-decay", "sgd", dict(lr=0.05, momentum=0.5, dampening=0.1, weight_decay=0.2)),
    ("adagrad", "adagrad", dict(lr=0.1)),
    ("adagrad-all-options", "adagrad",
     dict(lr=0.1, lr_decay=0.05, weight_decay=0.1, initial_accumulator_value=0.25, eps=1e-6)),
    ("rmsprop", "rmsprop", dict(lr=0.01)),
    ("rmsprop-momentum", "rmsprop", dict(lr=0.01, momentum=0.9)),
    ("rmsprop-centered", "rmsprop", dict(lr=0.01, centered=True)),
    ("rmsprop-centered-momentum-weight-decay", "rmsprop",
     dict(lr=0.01, alpha=0.9, eps=1e-6, weight_decay=0.1, momentum=0.5, centered=True)),
    ("adam", "adam", dict(lr=0.1, amsgrad=False)),
    ("adam-betas-eps", "adam", dict(lr=0.05, betas=(0.8, 0.99), eps=1e-6, amsgrad=False)),
    ("adamw", "adamw", dict(lr=0.1)),
    ("adamw-weight-decay", "adamw", dict(lr=0.05, betas=(0.85, 0.995), eps=1e-7, weight_decay=0.3)),
]

TORCH_OPTIMIZERS = {"sgd": torch.optim.SGD, "adagrad": torch.optim.Adagrad, "rmsprop": torch.optim.RMSprop,
                    "adam": torch.optim.Adam, "adamw": torch.optim.AdamW}


def gradient(theta, a, c):
    return theta * theta * theta - a * theta + c


def trajectory(kind, options, dtype):
    theta = torch.tensor(THETA0, dtype=dtype, requires_grad=True)
    a = torch.tensor(A, dtype=dtype)
    c = torch.tensor(C, dtype=dtype)
    opt = TORCH_OPTIMIZERS[kind]([theta], **options)
    steps = []
    for _ in range(STEPS):
        opt.zero_grad()
        with torch.no_grad():
            theta.grad = gradient(theta, a, c)
        opt.step()
        steps.append(rows(theta))
    return steps


def hyperparameters(kind, options):
    """The torch optimizer's full hyperparameters (defaults filled in), under torch's names."""
    opt = TORCH_OPTIMIZERS[kind]([torch.zeros(1, dtype=torch.float64, requires_grad=True)], **options)
    group = opt.param_groups[0]
    keep = {"lr", "momentum", "dampening", "weight_decay", "nesterov", "lr_decay", "initial_accumulator_value",
            "eps", "alpha", "centered", "betas", "amsgrad"}
    return {k: (list(v) if isinstance(v, tuple) else v) for k, v in group.items() if k in keep}


def optimizers():
    cases = []
    for name, kind, options in OPTIMIZER_CASES:
        cases.append({"name": name, "optimizer": kind, "hyperparameters": hyperparameters(kind, options),
                      "float64": trajectory(kind, options, torch.float64),
                      "float32": trajectory(kind, options, torch.float32)})
    doc = header("torch.optim trajectories: theta after each of " + str(STEPS) + " steps with grad = "
                 "theta*theta*theta - a*theta + c, in float64 and (all arithmetic in float32) float32")
    doc.update({"theta0": THETA0, "a": A, "c": C, "steps": STEPS, "cases": cases})
    write("optimizers.json", doc)


# --- the assignment's 1-D runs ----------------------------------------------------------------------------

X_DATA = 1.0
EPOCHS = 100


def objective(w):
    xw = X_DATA * w
    return 0.25 * xw ** 4 - 4.0 / 3.0 * xw ** 3 + 1.5 * xw ** 2


def descent(optimizer, w0, lr, options):
    w = torch.tensor(w0, dtype=torch.float64, requires_grad=True)
    opt = TORCH_OPTIMIZERS[optimizer]([w], lr=lr, **options)
    ws, js = [w0], [objective(w).item()]
    diverged = None
    for epoch in range(1, EPOCHS + 1):
        opt.zero_grad()
        objective(w).backward()
        opt.step()
        with torch.no_grad():
            w_now, j_now = w.item(), objective(w).item()
        if not (math.isfinite(w_now) and math.isfinite(j_now)):
            diverged = epoch
            break
        ws.append(w_now)
        js.append(j_now)
    return {"optimizer": optimizer, "w0": w0, "lr": lr, "options": options, "epochs": EPOCHS,
            "diverged_at_epoch": diverged, "w": ws, "j": js}


def descent_runs():
    runs = {"initialization": [descent("sgd", w0, 0.1, {}) for w0 in (-1.0, 0.2, 0.9, 4.0)],
            "learning-rate": [descent("sgd", 0.2, lr, {}) for lr in (0.001, 0.01, 1.0, 5.0)],
            "adam": [descent("adam", 0.2, 5.0, {"betas": [0.9, 0.999], "eps": 1e-8})]}
    for preset in runs.values():
        for run in preset:
            if "betas" in run["options"]:
                run["options"]["betas"] = list(run["options"]["betas"])
    doc = header("1-D descent on J(w) = 1/4(x w)^4 - 4/3(x w)^3 + 3/2(x w)^2 at x = 1, float64, autograd "
                 "gradient; w and J after every epoch until the first non-finite w or J (diverged_at_epoch)")
    doc.update({"x": X_DATA, "presets": runs})
    write("descent_1d.json", doc)


# --- learning-rate schedules ------------------------------------------------------------------------------

def schedule(make, base_lr=0.1, epochs=20):
    p = torch.zeros(1, requires_grad=True)
    opt = torch.optim.SGD([p], lr=base_lr)
    sched = make(opt)
    lrs = []
    for _ in range(epochs):
        lrs.append(opt.param_groups[0]["lr"])
        opt.step()
        sched.step()
    return lrs


def schedules():
    lr_scheduler = torch.optim.lr_scheduler
    cases = [
        {"name": "step", "schedule": "StepLR", "step_size": 5, "gamma": 0.5},
        {"name": "step-3", "schedule": "StepLR", "step_size": 3, "gamma": 0.9},
        {"name": "exponential", "schedule": "ExponentialLR", "gamma": 0.9},
        {"name": "cosine", "schedule": "CosineAnnealingLR", "t_max": 20, "eta_min": 0.0},
        {"name": "cosine-restart", "schedule": "CosineAnnealingLR", "t_max": 8, "eta_min": 0.001},
    ]
    for case in cases:
        kind = case["schedule"]
        if kind == "StepLR":
            make = lambda o, c=case: lr_scheduler.StepLR(o, step_size=c["step_size"], gamma=c["gamma"])
        elif kind == "ExponentialLR":
            make = lambda o, c=case: lr_scheduler.ExponentialLR(o, gamma=c["gamma"])
        else:
            make = lambda o, c=case: lr_scheduler.CosineAnnealingLR(o, T_max=c["t_max"], eta_min=c["eta_min"])
        case["base_lr"] = 0.1
        case["lr"] = schedule(make)
    doc = header("torch.optim.lr_scheduler: the learning rate used in each of 20 epochs (base 0.1), "
                 "scheduler.step() after every epoch (PyTorch's recursive form)")
    doc["cases"] = cases
    write("schedules.json", doc)


# --- losses -----------------------------------------------------------------------------------------------

def f32(values):
    """Values rounded to float32 and widened again, so float32 and float64 runs see the same inputs."""
    return torch.tensor(values, dtype=torch.float32).to(torch.float64)


def value_and_grad(fn, prediction, *rest):
    p = prediction.clone().requires_grad_(True)
    loss = fn(p, *rest)
    loss.backward()
    return loss.item(), rows(p.grad)


def one_hot(classes, count):
    return rows(F.one_hot(torch.tensor(classes), count).to(torch.float64))


def loss_case(name, loss, prediction, target_rows, value, grad, **extra):
    case = {"name": name, "loss": loss, "prediction": rows(prediction), "target": target_rows,
            "value": value, "gradient": grad}
    case.update(extra)
    return case


def losses():
    cases = []
    logits = f32([[1.5, -0.25, 0.75], [0.1, 2.2, -1.3], [-3.0, 0.0, 3.0], [0.5, 0.5, 0.5]])
    classes = [0, 1, 2, 1]
    v, g = value_and_grad(F.cross_entropy, logits, torch.tensor(classes))
    cases.append(loss_case("cross-entropy-logits", "softmax-cross-entropy", logits, one_hot(classes, 3), v, g,
                           classes=classes))
    big = f32([[1000.0, -1000.0, 999.0], [-500.0, -480.0, -520.0]])
    classes = [2, 0]
    v, g = value_and_grad(F.cross_entropy, big, torch.tensor(classes))
    cases.append(loss_case("cross-entropy-large-logits", "softmax-cross-entropy", big, one_hot(classes, 3), v, g,
                           classes=classes))

    probs = f32([[0.7, 0.2, 0.1], [0.125, 0.625, 0.25], [0.05, 0.05, 0.9]])
    classes = [0, 2, 2]
    v, g = value_and_grad(lambda p, t: F.nll_loss(torch.log(p), t), probs, torch.tensor(classes))
    cases.append(loss_case("nll-on-probabilities", "cross-entropy", probs, one_hot(classes, 3), v, g,
                           classes=classes, torch_call="F.nll_loss(torch.log(p), classes)"))

    p = f32([[0.9], [0.2], [0.65], [0.01], [0.5]])
    y = f32([[1.0], [0.0], [1.0], [1.0], [0.0]])
    v, g = value_and_grad(F.binary_cross_entropy, p, y)
    cases.append(loss_case("bce", "log-loss", p, rows(y), v, g))
    p = f32([[0.3, 0.8], [0.6, 0.1], [0.45, 0.99]])
    y = f32([[0.25, 1.0], [0.75, 0.0], [0.5, 1.0]])
    v, g = value_and_grad(F.binary_cross_entropy, p, y)
    cases.append(loss_case("bce-soft-targets-two-columns", "log-loss", p, rows(y), v, g))
    p = f32([[0.0], [1.0], [0.0], [1.0]])
    y = f32([[0.0], [1.0], [1.0], [0.0]])
    v, g = value_and_grad(F.binary_cross_entropy, p, y)
    cases.append(loss_case("bce-saturated", "log-loss", p, rows(y), v, g,
                           note="log clamped at -100, gradient denominator at 1e-12"))

    p = f32([[0.5, -1.25], [2.0, 0.75], [-0.5, 3.5]])
    y = f32([[1.0, -1.0], [1.5, 0.0], [0.25, 3.0]])
    v, g = value_and_grad(F.mse_loss, p, y)
    cases.append(loss_case("mse", "squared-error", p, rows(y), v, g))

    doc = header("loss value (reduction='mean') and its gradient with respect to the prediction, float64; "
                 "inputs are exactly representable in float32")
    doc["cases"] = cases
    write("losses.json", doc)


# --- the theory example -----------------------------------------------------------------------------------

def theory_example():
    x = torch.tensor([[1.0, 2.0, -1.0], [0.0, -4.0, -4.0]], dtype=torch.float64, requires_grad=True)
    # hyperlab's W is (in x out) and Z = X W + b; torch.nn.Linear would store W^T, so use the product directly
    w = torch.tensor([[-1.0, 1.0, 1.0], [2.0, 2.0, 0.0], [4.0, -1.0, -3.0]], dtype=torch.float64, requires_grad=True)
    b = torch.tensor([1.0, 0.0, 2.0], dtype=torch.float64, requires_grad=True)
    classes = [0, 1]
    z = x @ w + b
    z.retain_grad()
    p = torch.softmax(z, dim=1)
    loss = F.cross_entropy(z, torch.tensor(classes))
    loss.backward()
    doc = header("theory example: Z = X W + b (W stored in x out), softmax, mean cross-entropy and the "
                 "gradients by autograd, float64")
    doc.update({"x": rows(x), "w": rows(w), "b": b.detach().tolist(), "classes": classes,
                "target": one_hot(classes, 3), "z": rows(z), "softmax": rows(p), "loss": loss.item(),
                "dz": rows(z.grad), "dw": rows(w.grad), "db": b.grad.tolist(), "dx": rows(x.grad)})
    write("theory_example.json", doc)


# --- a small network: dense -> activation -> dense -> softmax cross-entropy ----------------------------------

def dyadic(generator, rows_, cols):
    """Fixed pseudo-random values on a 1/32 grid in [-2, 2): exact in float32, so both precisions see them."""
    return (torch.randint(-64, 64, (rows_, cols), generator=generator).to(torch.float64) + 0.5) / 32.0


def networks():
    gen = torch.Generator().manual_seed(20261126)
    x = dyadic(gen, 5, 4)
    w1, b1 = dyadic(gen, 4, 6), dyadic(gen, 1, 6)
    w2, b2 = dyadic(gen, 6, 3), dyadic(gen, 1, 3)
    classes = [0, 2, 1, 1, 2]
    activations = {"relu": torch.relu, "sigmoid": torch.sigmoid, "tanh": torch.tanh, "linear": lambda t: t}
    cases = []
    for name, f in activations.items():
        params = [t.clone().requires_grad_(True) for t in (x, w1, b1, w2, b2)]
        px, pw1, pb1, pw2, pb2 = params
        h = px @ pw1 + pb1
        assert bool((h != 0).all()), "a pre-activation is exactly 0 (ReLU's kink): pick another seed"
        z = f(h) @ pw2 + pb2
        loss = F.cross_entropy(z, torch.tensor(classes))
        loss.backward()
        cases.append({"activation": name, "logits": rows(z), "loss": loss.item(), "dx": rows(px.grad),
                      "dw1": rows(pw1.grad), "db1": rows(pb1.grad), "dw2": rows(pw2.grad), "db2": rows(pb2.grad)})
    doc = header("Z = f(X W1 + b1) W2 + b2 (W stored in x out), mean cross-entropy from the logits, gradients by "
                 "autograd, float64; inputs on a 1/32 grid (exact in float32)")
    doc.update({"x": rows(x), "w1": rows(w1), "b1": rows(b1), "w2": rows(w2), "b2": rows(b2), "classes": classes,
                "target": one_hot(classes, 3), "cases": cases})
    write("networks.json", doc)


# --- full-batch training ---------------------------------------------------------------------------------

def training():
    """The networks.json data and tanh network trained full-batch (so the row order cannot matter)."""
    net = json.load(open(os.path.join(OUT, "networks.json"), encoding="utf-8"))
    x = torch.tensor(net["x"], dtype=torch.float64)
    classes = torch.tensor(net["classes"])
    runs = [
        ("sgd-momentum-constant", "sgd", dict(lr=0.5, momentum=0.9), "constant", None),
        ("adam-step", "adam", dict(lr=0.05), "step:3:0.5",
         lambda o: torch.optim.lr_scheduler.StepLR(o, step_size=3, gamma=0.5)),
    ]
    cases = []
    for name, kind, options, schedule_text, make in runs:
        params = [torch.tensor(net[k], dtype=torch.float64, requires_grad=True) for k in ("w1", "b1", "w2", "b2")]
        w1, b1, w2, b2 = params
        opt = TORCH_OPTIMIZERS[kind](params, **options)
        sched = make(opt) if make else None
        losses_, rates = [], []
        for _ in range(8):
            rates.append(opt.param_groups[0]["lr"])
            opt.zero_grad()
            loss = F.cross_entropy(torch.tanh(x @ w1 + b1) @ w2 + b2, classes)
            loss.backward()
            opt.step()
            if sched:
                sched.step()
            losses_.append(loss.item())
        cases.append({"name": name, "optimizer": kind, "hyperparameters": hyperparameters(kind, options),
                      "schedule": schedule_text, "epochs": 8, "train_loss": losses_, "lr": rates,
                      "final": {"w1": rows(w1), "b1": rows(b1), "w2": rows(w2), "b2": rows(b2)}})
    doc = header("full-batch training of networks.json's tanh network with F.cross_entropy: the loss of each "
                 "epoch's single batch (before its step), the rate used, and the final parameters; float64")
    doc["cases"] = cases
    write("training.json", doc)


# --- optimizers driven by a schedule ----------------------------------------------------------------------

def scheduled_optimizers():
    lr_scheduler = torch.optim.lr_scheduler
    runs = [
        ("sgd-momentum-exponential", "sgd", dict(lr=0.05, momentum=0.9), "exponential:0.8",
         lambda o: lr_scheduler.ExponentialLR(o, gamma=0.8)),
        ("adam-step", "adam", dict(lr=0.1), "step:3:0.5", lambda o: lr_scheduler.StepLR(o, step_size=3, gamma=0.5)),
        ("adamw-cosine", "adamw", dict(lr=0.1, weight_decay=0.1), "cosine:6:0.01",
         lambda o: lr_scheduler.CosineAnnealingLR(o, T_max=6, eta_min=0.01)),
        ("adagrad-cosine", "adagrad", dict(lr=0.1, lr_decay=0.05), "cosine:5",
         lambda o: lr_scheduler.CosineAnnealingLR(o, T_max=5)),
    ]
    cases = []
    for name, kind, options, schedule_text, make in runs:
        theta = torch.tensor(THETA0, dtype=torch.float64, requires_grad=True)
        a, c = torch.tensor(A, dtype=torch.float64), torch.tensor(C, dtype=torch.float64)
        opt = TORCH_OPTIMIZERS[kind]([theta], **options)
        sched = make(opt)
        steps = []
        for _ in range(STEPS):
            opt.zero_grad()
            with torch.no_grad():
                theta.grad = gradient(theta, a, c)
            opt.step()
            sched.step()
            steps.append(rows(theta))
        cases.append({"name": name, "optimizer": kind, "hyperparameters": hyperparameters(kind, options),
                      "schedule": schedule_text, "float64": steps})
    doc = header("torch.optim trajectories as in optimizers.json, with scheduler.step() after every step "
                 "(one step per epoch); 'schedule' is hyperlab's --schedule text for the same scheduler")
    doc.update({"theta0": THETA0, "a": A, "c": C, "steps": STEPS, "cases": cases})
    write("scheduled_optimizers.json", doc)


def main():
    torch.set_num_threads(1)
    os.makedirs(OUT, exist_ok=True)
    optimizers()
    descent_runs()
    schedules()
    losses()
    theory_example()
    networks()
    scheduled_optimizers()
    training()


if __name__ == "__main__":
    main()

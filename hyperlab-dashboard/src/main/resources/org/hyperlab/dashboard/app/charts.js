// SVG charts drawn with the DOM (createElementNS, textContent): user strings never pass through HTML parsing.
// Every chart is a <figure class="chart"> holding one <svg>; each drawn datum is one element with a class
// (circle.mark, path.curve, ...) so that the browser tests can count them.
"use strict";
const Charts = (() => {
  const NS = "http://www.w3.org/2000/svg";
  const PALETTE = ["#1e88e5", "#e53935", "#43a047", "#fb8c00", "#8e24aa", "#00acc1", "#6d4c41", "#3949ab",
    "#c0ca33", "#d81b60"];

  function el(name, attrs, parent) {
    const e = document.createElementNS(NS, name);
    for (const k in attrs) e.setAttribute(k, attrs[k]);
    if (parent) parent.appendChild(e);
    return e;
  }

  function text(parent, x, y, s, anchor) {
    const t = el("text", {x: x, y: y, "text-anchor": anchor || "start"}, parent);
    t.textContent = s;
    return t;
  }

  function color(i) { return PALETTE[i % PALETTE.length]; }

  // A linear (or, for positive values spanning more than LOG_SPAN, log) scale from a domain to [r0, r1].
  const LOG_SPAN = 30;
  function scale(values, r0, r1, allowLog) {
    let lo = Infinity, hi = -Infinity;
    for (const x of values) {
      if (x === null || !isFinite(x)) continue;
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
    if (lo === Infinity) { lo = 0; hi = 1; }
    const log = allowLog && lo > 0 && hi / lo > LOG_SPAN;
    const f = log ? Math.log10 : (x => x);
    let a = f(lo), b = f(hi);
    if (a === b) { a -= 0.5; b += 0.5; }
    const s = x => r0 + (f(x) - a) / (b - a) * (r1 - r0);
    s.ticks = () => {
      const out = [];
      for (let i = 0; i <= 4; i++) {
        const t = a + (b - a) * i / 4;
        out.push(log ? Math.pow(10, t) : t);
      }
      return out;
    };
    s.log = log;
    s.integerTicks = () => {
      const lo = Math.ceil(log ? Math.pow(10, a) : a), hi = Math.floor(log ? Math.pow(10, b) : b);
      const step = Math.max(1, Math.ceil((hi - lo) / 5));
      const out = [];
      for (let t = lo; t <= hi; t += step) out.push(t);
      return out;
    };
    return s;
  }

  function fmt(x) {
    if (x === null || x === undefined) return "";
    if (typeof x !== "number") return String(x);
    const a = Math.abs(x);
    return a !== 0 && (a < 1e-3 || a >= 1e5) ? x.toExponential(2) : String(+x.toPrecision(4));
  }

  // A frame with axes and labels; returns {svg, g, x, y, w, h} where x and y map data to pixels.
  function frame(title, width, height, xs, ys, opts) {
    opts = opts || {};
    const fig = document.createElement("figure");
    fig.className = "chart";
    const cap = document.createElement("div");
    cap.className = "chart-title";
    cap.textContent = title;
    fig.appendChild(cap);
    const svg = el("svg", {width: width, height: height, viewBox: "0 0 " + width + " " + height});
    fig.appendChild(svg);
    const m = {l: 56, r: 10, t: 8, b: 34};
    const x = opts.xScale || scale(xs, m.l, width - m.r, opts.logX);
    const y = scale(ys, height - m.b, m.t, opts.logY);
    const axis = el("g", {class: "axis"}, svg);
    el("line", {x1: m.l, y1: height - m.b, x2: width - m.r, y2: height - m.b}, axis);
    el("line", {x1: m.l, y1: m.t, x2: m.l, y2: height - m.b}, axis);
    for (const t of y.ticks()) {
      el("line", {class: "grid", x1: m.l, x2: width - m.r, y1: y(t), y2: y(t)}, axis);
      text(axis, m.l - 4, y(t) + 4, fmt(t), "end");
    }
    if (!opts.xScale) {
      const ticks = opts.integerX ? x.integerTicks() : x.ticks();
      for (const t of ticks) text(axis, x(t), height - m.b + 14, fmt(t), "middle");
    }
    if (opts.xLabel) text(axis, (m.l + width - m.r) / 2, height - 4, opts.xLabel, "middle");
    if (opts.yLabel) {
      const t = text(axis, 12, (m.t + height - m.b) / 2, opts.yLabel, "middle");
      t.setAttribute("transform", "rotate(-90 12 " + (m.t + height - m.b) / 2 + ")");
    }
    const g = el("g", {class: "plot"}, svg);
    return {fig, svg, g, x, y, m, width, height};
  }

  function titled(node, s) {
    const t = el("title", {}, node);
    t.textContent = s;
    return node;
  }

  // One label for the whole chart, showing the trial under the pointer (cheaper than a <title> per mark).
  function hover(f, labelOf) {
    const label = text(f.svg, f.width - f.m.r, f.m.t + 10, "", "end");
    label.setAttribute("class", "hover-label");
    f.svg.addEventListener("mouseover", e => {
      const n = e.target.getAttribute && e.target.getAttribute("data-trial");
      label.textContent = n === null ? "" : labelOf(+n);
    });
  }

  function pathOf(points, x, y) {
    let d = "";
    for (const p of points) {
      if (p[1] === null || !isFinite(p[1])) continue;
      d += (d ? "L" : "M") + x(p[0]).toFixed(1) + "," + y(p[1]).toFixed(1);
    }
    return d;
  }

  // Objective value per trial number (one circle.mark per trial with a value) and the best-so-far line.
  function history(trials, direction, onPick) {
    const done = trials.filter(t => t.value !== null);
    const f = frame("Optimization history", 560, 300, trials.map(t => t.number), done.map(t => t.value),
      {xLabel: "trial", yLabel: "objective value", integerX: true, logY: true});
    f.svg.setAttribute("id", "history-chart");
    const frag = document.createDocumentFragment();
    for (const t of done) {
      el("circle", {class: "mark", cx: f.x(t.number).toFixed(1), cy: f.y(t.value).toFixed(1), r: 3,
        "data-trial": t.number}, frag);
    }
    const byNumber = new Map(trials.map(t => [t.number, t]));
    hover(f, n => "trial " + n + ": " + fmt(byNumber.get(n).value));
    if (onPick) f.svg.addEventListener("click", e => {
      const n = e.target.getAttribute("data-trial");
      if (n !== null) onPick(+n);
    });
    const better = direction === "maximize" ? ((a, b) => a > b) : ((a, b) => a < b);
    let best = null;
    const line = [];
    for (const t of done.filter(t => t.state === "COMPLETE")) {
      if (best === null || better(t.value, best)) best = t.value;
      line.push([t.number, best]);
    }
    if (line.length) el("path", {class: "best", d: pathOf(line, f.x, f.y)}, frag);
    f.g.appendChild(frag);
    return f.fig;
  }

  // Above this many curves, the curves of a color share one path (the browser lays out far fewer elements).
  const MERGE_CURVES = 1000;

  // One path.curve per trial with reports (merged per color above MERGE_CURVES); a pruned trial's curve is dashed,
  // orange, and ends in a circle.pruned-mark.
  function intermediate(trials) {
    const withSteps = trials.filter(t => t.steps.length);
    const xs = [], ys = [];
    for (const t of withSteps) { xs.push(...t.steps); ys.push(...t.reports); }
    const f = frame("Intermediate values", 560, 300, xs, ys, {xLabel: "step", yLabel: "reported value", integerX: true, logY: true});
    f.svg.setAttribute("id", "intermediate-chart");
    const frag = document.createDocumentFragment();
    const merge = withSteps.length > MERGE_CURVES;
    const merged = new Map();
    const xAt = new Map();
    for (const t of withSteps) {
      const pruned = t.state === "PRUNED";
      const stroke = pruned ? "#ef6c00" : color(t.number);
      let d = "", lastStep = null, lastValue = null;
      for (let i = 0; i < t.steps.length; i++) {
        const v = t.reports[i];
        if (v === null) continue;
        const step = t.steps[i];
        if (!xAt.has(step)) xAt.set(step, f.x(step).toFixed(1));
        d += (d ? "L" : "M") + xAt.get(step) + "," + f.y(v).toFixed(1);
        lastStep = step;
        lastValue = v;
      }
      if (merge) merged.set(stroke + (pruned ? " pruned" : ""), (merged.get(stroke + (pruned ? " pruned" : "")) || "") + d);
      else el("path", {class: "curve" + (pruned ? " pruned" : ""), d: d, stroke: stroke, "data-trial": t.number}, frag);
      if (pruned && lastStep !== null) {
        el("circle", {class: "pruned-mark", cx: xAt.get(lastStep), cy: f.y(lastValue).toFixed(1), r: 4,
          "data-trial": t.number}, frag);
      }
    }
    for (const [key, d] of merged) {
      const [stroke, pruned] = key.split(" ");
      el("path", {class: "curve merged" + (pruned ? " pruned" : ""), d: d, stroke: stroke}, frag);
    }
    f.g.insertBefore(frag, null);
    const byNumber = new Map(withSteps.map(t => [t.number, t]));
    hover(f, n => "trial " + n + " (" + byNumber.get(n).state.toLowerCase() + ")");
    return f.fig;
  }

  // Numeric positions of a parameter's values: numbers as they are, categories by first appearance.
  function positions(values) {
    if (values.every(v => v === null || typeof v === "number")) return {pos: values, labels: null};
    const seen = new Map();
    values.forEach(v => { if (v !== null && !seen.has(String(v))) seen.set(String(v), seen.size); });
    return {pos: values.map(v => v === null ? null : seen.get(String(v))), labels: [...seen.keys()]};
  }

  // One path.pcp per complete trial across the parameter axes and the objective axis; a parameter the trial lacks
  // (a conditional one that was inactive) is a gap in its path.
  function parallel(trials, params) {
    const done = trials.filter(t => t.value !== null);
    const axes = params.map((p, i) => ({name: p, ...positions(done.map(t => t.params[i]))}));
    axes.push({name: "objective", pos: done.map(t => t.value), labels: null});
    const width = Math.max(420, 130 * axes.length), height = 300, top = 24, bottom = height - 20;
    const fig = document.createElement("figure");
    fig.className = "chart";
    const cap = document.createElement("div");
    cap.className = "chart-title";
    cap.textContent = "Parallel coordinates";
    fig.appendChild(cap);
    const svg = el("svg", {width: width, height: height, id: "parallel-chart"});
    fig.appendChild(svg);
    const ax = axes.map((a, i) => ({...a, x: 40 + i * (width - 80) / Math.max(1, axes.length - 1),
      y: scale(a.pos, bottom, top, !a.labels)}));
    const values = done.map(t => t.value);
    const cs = scale(values, 0, 1, false);
    const frag = document.createDocumentFragment();
    done.forEach((t, j) => {
      let d = "", pen = false;
      for (const a of ax) {
        const v = a.pos[j];
        if (v === null || v === undefined) { pen = false; continue; }
        d += (pen ? "L" : "M") + a.x.toFixed(1) + "," + a.y(v).toFixed(1);
        pen = true;
      }
      const hue = Math.round(240 * cs(t.value));
      el("path", {class: "pcp", d: d, stroke: "hsl(" + hue + ",70%,45%)", "data-trial": t.number}, frag);
    });
    svg.appendChild(frag);
    for (const a of ax) {
      const g = el("g", {class: "axis"}, svg);
      el("line", {x1: a.x, x2: a.x, y1: top, y2: bottom}, g);
      text(g, a.x, 12, a.name, "middle");
      const ticks = a.labels ? a.labels.map((l, i) => [i, l]) : a.y.ticks().map(t => [t, fmt(t)]);
      for (const [v, l] of ticks) text(g, a.x + 3, a.y(v) + 4, l);
    }
    return fig;
  }

  // One small plot per parameter: objective value against the parameter (circle.slice-mark per trial).
  function slices(trials, params) {
    const done = trials.filter(t => t.value !== null);
    const box = document.createElement("div");
    box.className = "charts";
    params.forEach((p, i) => {
      const {pos, labels} = positions(done.map(t => t.params[i]));
      const f = frame("Slice: " + p, 300, 240, pos, done.map(t => t.value), {xLabel: p, logX: !labels});
      const frag = document.createDocumentFragment();
      done.forEach((t, j) => {
        if (pos[j] === null) return;
        el("circle", {class: "slice-mark", cx: f.x(pos[j]).toFixed(1), cy: f.y(t.value).toFixed(1), r: 2.5,
          "data-trial": t.number}, frag);
      });
      f.g.appendChild(frag);
      const byNumber = new Map(done.map(t => [t.number, t]));
      hover(f, n => "trial " + n + ": " + p + " = " + fmt(byNumber.get(n).params[i]));
      box.appendChild(f.fig);
    });
    return box;
  }

  // Horizontal bars of the correlation ratio eta^2 of each parameter (rect.bar).
  function importance(rows) {
    const width = 480, rowH = 24, height = 30 + rowH * Math.max(1, rows.length);
    const fig = document.createElement("figure");
    fig.className = "chart";
    const cap = document.createElement("div");
    cap.className = "chart-title";
    cap.textContent = "Parameter importance (correlation ratio \u03b7\u00b2)";
    fig.appendChild(cap);
    const svg = el("svg", {width: width, height: height, id: "importance-chart"});
    fig.appendChild(svg);
    rows.forEach((r, i) => {
      const y = 10 + i * rowH;
      text(svg, 130, y + 15, r.name, "end");
      titled(el("rect", {class: "bar", x: 136, y: y + 3, height: rowH - 8, width: Math.max(1, r.eta2 * 300)}, svg),
        r.name + ": " + fmt(r.eta2));
      text(svg, 140 + r.eta2 * 300, y + 15, fmt(r.eta2));
    });
    return fig;
  }

  // Per-epoch curves of several runs: path.run-line per run and series (validation dashed).
  function runCurves(title, runs, trainKey, validationKey, yLabel) {
    const xs = [], ys = [];
    for (const r of runs) for (const e of r.history) {
      xs.push(e.epoch);
      for (const k of [trainKey, validationKey]) if (e[k] !== null && e[k] !== undefined) ys.push(e[k]);
    }
    const f = frame(title, 560, 300, xs, ys, {xLabel: "epoch", yLabel: yLabel, integerX: true, logY: true});
    runs.forEach((r, i) => {
      for (const [k, cls] of [[trainKey, "train"], [validationKey, "validation"]]) {
        const pts = r.history.map(e => [e.epoch, e[k] === undefined ? null : e[k]]);
        if (!pts.some(p => p[1] !== null)) continue;
        titled(el("path", {class: "run-line " + cls, d: pathOf(pts, f.x, f.y), stroke: color(i),
          "data-run": r.id}, f.g), r.label + " (" + cls + ")");
        for (const p of pts) if (p[1] !== null) el("circle", {class: "run-point", cx: f.x(p[0]), cy: f.y(p[1]), r: 2,
          fill: color(i)}, f.g);
      }
    });
    return f.fig;
  }

  // A confusion matrix as a grid of rect.cell shaded by count, rows true class, columns predicted.
  function confusion(title, rows) {
    const n = rows.length, cell = 26, off = 30, size = off + n * cell + 4;
    const fig = document.createElement("figure");
    fig.className = "chart";
    const cap = document.createElement("div");
    cap.className = "chart-title";
    cap.textContent = title;
    fig.appendChild(cap);
    const svg = el("svg", {width: size, height: size, class: "confusion"});
    fig.appendChild(svg);
    const max = rows.flat().reduce((a, b) => Math.max(a, b), 1);
    rows.forEach((row, t) => {
      text(svg, off - 6, off + t * cell + 17, String(t), "end");
      text(svg, off + t * cell + 13, off - 8, String(t), "middle");
      row.forEach((v, p) => {
        const shade = Math.round(255 - 200 * Math.sqrt(v / max));
        titled(el("rect", {class: "cell", x: off + p * cell, y: off + t * cell, width: cell - 1, height: cell - 1,
          fill: "rgb(" + shade + "," + shade + ",255)"}, svg), "true " + t + ", predicted " + p + ": " + v);
        if (v) text(svg, off + p * cell + 12, off + t * cell + 17, String(v), "middle").setAttribute("font-size", "9");
      });
    });
    return fig;
  }

  return {history, intermediate, parallel, slices, importance, runCurves, confusion, color, fmt};
})();

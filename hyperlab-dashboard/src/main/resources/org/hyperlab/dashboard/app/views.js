// The three pages: the overview (studies, runs, reports), a study, and a comparison of training runs. Every string
// from the server goes into the page as a text node (h() below), never as HTML.
"use strict";
const Views = (() => {
  const STATES = ["COMPLETE", "PRUNED", "FAILED", "DIVERGED", "RUNNING", "WAITING"];
  const PAGE = 200;

  // createElement with attributes and children; strings become text nodes.
  function h(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const k in attrs || {}) {
      if (k.startsWith("on")) e.addEventListener(k.substring(2), attrs[k]);
      else e.setAttribute(k, attrs[k]);
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined) continue;
      e.appendChild(typeof c === "object" ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  const fmt = Charts.fmt;
  const num = v => h("td", {class: "num"}, fmt(v));
  const studyHref = name => "#/study/" + encodeURIComponent(name);
  const runsHref = ids => "#/runs/" + ids.map(encodeURIComponent).join(",");
  const fileHref = rel => "/files/" + rel.split("/").map(encodeURIComponent).join("/");

  function overview() {
    let last = null;
    const selected = new Set();
    async function refresh(main) {
      const data = await App.getJson("/api/overview");
      const text = JSON.stringify(data);
      if (text === last) return;
      last = text;
      const studies = h("table", {id: "studies"},
        h("tr", {}, h("th", {}, "study"), h("th", {}, "objective"), STATES.map(s => h("th", {}, s.toLowerCase())),
          h("th", {}, "trials"), h("th", {}, "best value"), h("th", {}, "best trial")),
        data.studies.map(s => h("tr", {class: "study-row"},
          h("td", {}, h("a", {href: studyHref(s.name), class: "study-link"}, s.name)),
          h("td", {}, s.metric + " (" + s.direction + ")"),
          STATES.map(st => num(s.states[st])), num(s.total), num(s.bestValue), num(s.bestTrial))));
      const compare = h("button", {id: "compare", onclick: () => {
        if (selected.size) location.hash = runsHref([...selected]);
      }}, "Compare selected runs");
      const runs = h("table", {id: "runs"}, h("tr", {}, h("th", {}, ""), h("th", {}, "run"), h("th", {}, "kind")),
        data.runs.map(r => {
          const box = h("input", {type: "checkbox", class: "run-select", "data-run": r.id, onchange: e => {
            if (e.target.checked) selected.add(r.id); else selected.delete(r.id);
          }});
          box.checked = selected.has(r.id);
          return h("tr", {}, h("td", {}, box), h("td", {}, h("a", {href: runsHref([r.id])}, r.label)),
            h("td", {}, r.kind + (r.state ? " (" + r.state.toLowerCase() + ")" : "")));
        }));
      const reports = h("ul", {id: "reports"}, data.reports.map(rel =>
        h("li", {}, h("a", {href: fileHref(rel + "/index.html"), target: "_blank", rel: "noopener"}, rel))));
      main.replaceChildren(
        h("h1", {}, "Studies"),
        h("p", {class: "muted"}, data.storage ? "store: " + data.storage : "no study store given (--storage URL)"),
        data.studies.length ? studies : h("p", {class: "muted"}, "no studies"),
        h("h1", {}, "Training runs"), h("p", {class: "muted"}, "runs directory: " + data.runsDir),
        h("div", {class: "toolbar"}, compare), data.runs.length ? runs : h("p", {class: "muted"}, "no runs"),
        h("h1", {}, "Reports"), data.reports.length ? reports : h("p", {class: "muted"}, "no reports"));
    }
    return {refresh};
  }

  function trialsOf(data) {
    return data.trials.map(r => ({number: r[0], state: r[1], value: r[2], seconds: r[3], params: r[4], steps: r[5],
      reports: r[6]}));
  }

  function study(name) {
    let fingerprint = null, data = null, trials = [];
    let sort = {key: "number", dir: 1}, filter = "", limit = PAGE, tab = "importance", picked = null;
    const title = h("h1", {id: "study-title"});
    const summary = h("p", {id: "study-summary"});
    const charts = h("div", {class: "charts", id: "main-charts"});
    const tabBox = h("div", {id: "tab-content"});
    const tabs = h("div", {class: "tabs"}, ["importance", "parallel", "slices"].map(t =>
      h("button", {"data-tab": t, onclick: () => { tab = t; drawTab(); }}, t)));
    const count = h("span", {class: "muted"});
    const input = h("input", {type: "search", id: "trial-filter", placeholder: "filter: state, number or parameter",
      oninput: e => { filter = e.target.value.toLowerCase(); limit = PAGE; drawTable(); }});
    const table = h("div", {id: "trial-table"});
    const details = h("div", {id: "trial-details"});
    let built = false;

    async function refresh(main) {
      const q = "/api/study?name=" + encodeURIComponent(name) + (fingerprint ? "&since=" + fingerprint : "");
      const next = await App.getJson(q);
      if (!built) {
        main.replaceChildren(title, summary, charts, tabs, tabBox, h("h2", {}, "Trials"),
          h("div", {class: "toolbar"}, input, count), table, details);
        built = true;
      }
      if (next === null) return;
      data = next;
      fingerprint = data.fingerprint;
      trials = trialsOf(data);
      draw();
      if (picked !== null) pick(picked);
    }

    function draw() {
      const t0 = performance.now();
      title.textContent = data.name;
      summary.textContent = data.metric + " (" + data.direction + "), " + data.total + " trials: "
        + STATES.filter(s => data.states[s]).map(s => data.states[s] + " " + s.toLowerCase()).join(", ")
        + (data.bestTrial !== null ? "; best " + fmt(data.bestValue) + " (trial " + data.bestTrial + ")" : "");
      const history = Charts.history(trials, data.direction, pick);
      const t1 = performance.now();
      const intermediate = Charts.intermediate(trials);
      const t2 = performance.now();
      charts.replaceChildren(history, intermediate);
      drawTab();
      const t3 = performance.now();
      drawTable();
      // how long drawing took, for the page benchmark (DashboardPageBench)
      const timings = {start: t0, history: t1 - t0, intermediate: t2 - t1, tab: t3 - t2, table: performance.now() - t3};
      // the frame after this one is painted: its time, since the navigation, is when the page showed the study
      requestAnimationFrame(() => setTimeout(() => { timings.painted = performance.now(); window.drawMillis = timings; }));
    }

    function drawTab() {
      for (const b of tabs.children) b.className = b.dataset.tab === tab ? "active" : "";
      if (!data) return;
      const content = tab === "parallel" ? Charts.parallel(trials, data.params)
        : tab === "slices" ? Charts.slices(trials, data.params) : Charts.importance(data.importance);
      tabBox.replaceChildren(content);
    }

    function cell(t, key) {
      if (key === "number" || key === "state" || key === "value" || key === "seconds") return t[key];
      return t.params[data.params.indexOf(key)];
    }

    function drawTable() {
      const keys = ["number", "state", "value", "seconds"].concat(data.params);
      let rows = trials;
      if (filter) {
        rows = rows.filter(t => String(t.number) === filter || t.state.toLowerCase().includes(filter)
          || t.params.some(v => String(v).toLowerCase().includes(filter)));
      }
      rows = rows.slice().sort((a, b) => {
        const x = cell(a, sort.key), y = cell(b, sort.key);
        if (x === y) return a.number - b.number;
        if (x === null || x === undefined) return 1;
        if (y === null || y === undefined) return -1;
        return (x < y ? -1 : 1) * sort.dir;
      });
      count.textContent = rows.length + " of " + trials.length + " trials";
      const head = h("tr", {}, keys.map(k => h("th", {class: "sortable" + (sort.key === k
        ? (sort.dir > 0 ? " sorted-asc" : " sorted-desc") : ""), "data-key": k, onclick: () => {
        sort = {key: k, dir: sort.key === k ? -sort.dir : 1};
        drawTable();
      }}, k === "seconds" ? "duration (s)" : k)));
      const body = rows.slice(0, limit).map(t => h("tr", {class: "clickable trial-row", "data-trial": t.number,
        onclick: () => pick(t.number)},
        num(t.number), h("td", {class: "state-" + t.state}, t.state.toLowerCase()), num(t.value), num(t.seconds),
        t.params.map(v => typeof v === "number" ? num(v) : h("td", {}, v === null ? "" : String(v)))));
      const more = rows.length > limit
        ? h("button", {onclick: () => { limit += PAGE * 5; drawTable(); }}, "show more") : null;
      table.replaceChildren(h("table", {id: "trials"}, head, body), more);
    }

    async function pick(number) {
      picked = number;
      const t = await App.getJson("/api/trial?study=" + encodeURIComponent(name) + "&number=" + number);
      const attrs = Object.entries(t.attrs).filter(([k]) => k !== "user:history" && k !== "user:options");
      details.replaceChildren(h("div", {class: "details", id: "trial-detail"},
        h("h2", {}, "Trial " + t.number + " (" + t.state.toLowerCase() + ")"),
        h("p", {}, "value " + fmt(t.value) + ", " + fmt(t.seconds) + " s"),
        h("table", {}, h("tr", {}, h("th", {}, "parameter"), h("th", {}, "value")),
          Object.entries(t.params).map(([k, v]) => h("tr", {}, h("td", {}, k), h("td", {}, String(v))))),
        h("h2", {}, "Reports"),
        h("table", {}, h("tr", {}, h("th", {}, "step"), h("th", {}, "value")),
          Object.entries(t.intermediate).map(([k, v]) => h("tr", {}, num(+k), num(v)))),
        attrs.length ? h("h2", {}, "Attributes") : null,
        attrs.length ? h("table", {}, attrs.map(([k, v]) => h("tr", {}, h("td", {}, k), h("td", {}, v)))) : null,
        t.message ? h("h2", {}, "Message") : null,
        t.message ? h("pre", {class: "message"}, t.message) : null));
    }

    return {refresh};
  }

  function runs(ids) {
    let last = null;
    async function refresh(main) {
      const docs = await Promise.all(ids.map(id => App.getJson("/api/run?id=" + encodeURIComponent(id))));
      const text = JSON.stringify(docs);
      if (text === last) return;
      last = text;
      const legend = h("div", {class: "legend"}, docs.map((r, i) =>
        h("span", {}, h("i", {}), r.label + (r.running ? " (running)" : ""))));
      docs.forEach((r, i) => { legend.children[i].firstChild.style.background = Charts.color(i); });
      main.replaceChildren(h("h1", {}, docs.length > 1 ? "Compare runs" : "Training run"), legend,
        h("p", {class: "muted"}, "solid: training set, dashed: validation set"),
        h("div", {class: "charts", id: "run-charts"},
          Charts.runCurves("Loss per epoch", docs, "trainLoss", "validationLoss", "loss"),
          Charts.runCurves("Accuracy per epoch", docs, "trainAccuracy", "validationAccuracy", "accuracy")),
        h("h2", {}, "Final scores"), sideBySide(docs, r => r.final || {}, "final-scores"),
        h("h2", {}, "Configuration"), sideBySide(docs, r => r.config || {}, "configs"),
        h("div", {class: "charts"}, docs.filter(r => r.confusion).map(r =>
          Charts.confusion("Confusion matrix: " + r.label, r.confusion))));
    }
    return {refresh};
  }

  // One column per run, one row per key; a row whose values differ between runs has td.diff cells.
  function sideBySide(docs, pick, id) {
    const keys = [];
    docs.forEach(r => Object.keys(pick(r)).forEach(k => { if (!keys.includes(k)) keys.push(k); }));
    const shown = v => v === undefined ? "" : v === null ? "null" : typeof v === "object" ? JSON.stringify(v)
      : typeof v === "number" ? fmt(v) : String(v);
    return h("table", {id: id}, h("tr", {}, h("th", {}, ""), docs.map(r => h("th", {}, r.label))),
      keys.map(k => {
        const values = docs.map(r => shown(pick(r)[k]));
        const differ = new Set(values).size > 1;
        return h("tr", {}, h("th", {}, k), values.map(v => h("td", {class: differ ? "diff" : ""}, v)));
      }));
  }

  return {overview, study, runs};
})();

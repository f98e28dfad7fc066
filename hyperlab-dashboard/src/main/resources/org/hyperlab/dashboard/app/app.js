// The router and the poller: the hash names the view (#/, #/study/NAME, #/runs/ID,ID...); the current view is
// fetched again every second and redrawn only when its data changed, so a running sweep or training run shows up
// within two seconds without a reload.
"use strict";
const App = (() => {
  const POLL_MS = 1000;
  let current = null;   // {key, refresh}
  let timer = null;

  async function getJson(url) {
    const r = await fetch(url, {cache: "no-store"});
    if (r.status === 204) return null;
    const body = await r.json();
    if (!r.ok) throw new Error(body.error || ("HTTP " + r.status));
    return body;
  }

  function status(s, isError) {
    const e = document.getElementById("status");
    e.textContent = s;
    e.className = "status" + (isError ? " error" : "");
  }

  function route() {
    const hash = location.hash.replace(/^#/, "") || "/";
    const main = document.getElementById("main");
    let view;
    if (hash.startsWith("/study/")) view = Views.study(decodeURIComponent(hash.substring(7)));
    else if (hash.startsWith("/runs/")) view = Views.runs(hash.substring(6).split(",").map(decodeURIComponent));
    else view = Views.overview();
    main.replaceChildren();
    current = view;
    tick(view, main);
  }

  async function tick(view, main) {
    clearTimeout(timer);
    try {
      await view.refresh(main);
      status("updated " + new Date().toLocaleTimeString());
    } catch (e) {
      status(String(e.message || e), true);
    }
    if (current === view) timer = setTimeout(() => tick(view, main), POLL_MS);
  }

  window.addEventListener("hashchange", route);
  window.addEventListener("DOMContentLoaded", route);
  return {getJson};
})();

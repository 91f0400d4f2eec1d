// Ceasewatch dashboard: live overview updates and the operator's action buttons.
// Feed text is hostile: data only ever reaches the page through textContent and attributes set
// with setAttribute on elements we create, never through innerHTML.
"use strict";

const LIVE_EVERY_MS = 15000;
const SVG_NS = "http://www.w3.org/2000/svg";

function el(tag, attrs, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

function svgEl(tag, attrs) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
  return node;
}

function swatch(type) {
  return el("span", { class: "swatch t-" + type, "aria-hidden": "true" });
}

function incidentRow(i) {
  const tr = el("tr");
  tr.append(el("td", { class: "nowrap" }, i.occurred_at));
  const title = el("td");
  title.append(el("a", { href: i.url }, i.title || "Incident " + i.id));
  if (i.status !== "alleged") {
    title.append(" ", el("span", { class: "status status-" + i.status }, i.status));
  }
  tr.append(title);
  const type = el("td", { class: "nowrap" });
  type.append(swatch(i.event_type), i.event_type_words);
  tr.append(type, el("td", {}, i.actors), el("td", {}, i.place));
  for (const key of ["killed", "wounded", "confidence", "sources"]) {
    tr.append(el("td", { class: "num" }, String(i[key])));
  }
  tr.append(el("td", {}, i.ceasefires));
  return tr;
}

function fillTable(id, rows) {
  const body = document.getElementById(id);
  if (!body || !rows) return;
  const fresh = rows.map(incidentRow);
  if (!fresh.length) {
    const tr = el("tr", { class: "empty" });
    tr.append(el("td", { colspan: "10" }, "Nothing matches these filters."));
    fresh.push(tr);
  }
  body.replaceChildren(...fresh);
}

function drawChart(chart) {
  const bars = document.getElementById("chart-bars");
  if (!bars) return;
  bars.replaceChildren(
    ...chart.bars.map((b) => {
      const rect = svgEl("rect", { class: "t-" + b.event_type, x: b.x, y: b.y, width: b.w, height: b.h });
      const title = svgEl("title");
      title.textContent = b.label;
      rect.append(title);
      return rect;
    })
  );
  document.getElementById("chart-total").textContent = String(chart.total);
  document.getElementById("chart-peak").textContent = String(chart.peak);
  const legend = document.getElementById("chart-legend");
  legend.replaceChildren(
    ...chart.types.map((t) => {
      const li = el("li");
      li.append(swatch(t), t.replaceAll("_", " "));
      return li;
    })
  );
}

function startLive(holder) {
  const url = holder.getAttribute("data-live-url");
  const status = document.getElementById("live-status");
  async function tick() {
    try {
      const response = await fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } });
      if (!response.ok) throw new Error("HTTP " + response.status);
      const data = await response.json();
      fillTable("violations-body", data.violations);
      fillTable("incidents-body", data.incidents);
      drawChart(data.chart);
      holder.classList.remove("stale");
      status.textContent = "updated " + data.generated_at;
    } catch (err) {
      holder.classList.add("stale");
      status.textContent = "update failed (" + err.message + "); retrying";
    }
  }
  setInterval(tick, LIVE_EVERY_MS);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") tick();
  });
}

// The key lives in an HttpOnly, SameSite=Strict cookie that this script cannot read. The custom
// header below is what the server's CSRF guard requires of cookie-authenticated writes: another
// site cannot add it without a CORS preflight, which this server never grants.
async function act(button) {
  const status = document.getElementById("action-status");
  button.disabled = true;
  try {
    const response = await fetch(button.getAttribute("data-action"), {
      method: "POST",
      credentials: "same-origin",
      headers: { "X-Ceasewatch-Request": "dashboard", Accept: "application/json" },
    });
    let detail = "";
    try {
      const body = await response.json();
      detail = body && body.error ? body.error : "";
    } catch (_) {
      detail = "";
    }
    status.textContent = response.ok
      ? button.getAttribute("data-done") || "Done."
      : "Failed (HTTP " + response.status + ")" + (detail ? ": " + detail : "");
  } catch (err) {
    status.textContent = "Failed: " + err.message;
  } finally {
    button.disabled = false;
  }
}

document.addEventListener("DOMContentLoaded", () => {
  const live = document.querySelector("[data-live-url]");
  if (live) startLive(live);
  for (const button of document.querySelectorAll("button.action[data-action]")) {
    button.addEventListener("click", () => act(button));
  }
});

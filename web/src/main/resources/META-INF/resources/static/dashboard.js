// Charts of the dashboard (Chart.js, served by the app; no inline script: CSP). Each canvas names the table
// that carries its numbers (data-source): the chart is drawn from that table's rows, so chart and table
// always show the same figures, and the labels are the table's (already in the page's language).
//   data-dash-chart="line":     rows tr[data-date] with data-value and data-cost (USD)
//   data-dash-chart="doughnut": rows tr[data-key] with data-weight and data-target (fractions); the first
//                               cell is the label. Inner ring: the weights now; outer ring: the targets.
(function () {
  "use strict";

  const PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
    "#bcbd22", "#17becf", "#393b79", "#ad494a", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd",
    "#e6550d", "#31a354", "#756bb1"];

  function css(name, fallback) {
    return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
  }

  function language() {
    return document.documentElement.lang || "en";
  }

  function rows(canvas) {
    const table = document.getElementById(canvas.dataset.source || "");
    return table ? Array.from(table.querySelectorAll("tbody tr")) : [];
  }

  function label(row) {
    const cell = row.querySelector("td, th");
    const strong = cell ? cell.querySelector("strong") : null;
    let text = cell ? cell.textContent : "";
    if (strong) {
      text = text.replace(strong.textContent, "");
    }
    return text.trim();
  }

  function line(canvas) {
    const data = rows(canvas).filter((r) => r.dataset.date);
    const usd = new Intl.NumberFormat(language(), { style: "currency", currency: "USD", currencyDisplay: "narrowSymbol",
      maximumFractionDigits: 0 });
    const axis = new Intl.NumberFormat(language(), { style: "currency", currency: "USD", currencyDisplay: "narrowSymbol",
      notation: "compact" });
    const narrow = canvas.clientWidth < 500;
    const accent = css("--accent", "#1f4e79");
    const muted = css("--muted", "#5b6470");
    const grid = css("--line", "#dde1e6");
    // eslint-disable-next-line no-undef
    return new Chart(canvas, {
      type: "line",
      data: {
        labels: data.map((r) => r.dataset.date),
        datasets: [{
          label: canvas.dataset.seriesValue || "",
          data: data.map((r) => Number(r.dataset.value)),
          borderColor: accent,
          backgroundColor: accent,
          pointRadius: 0,
          borderWidth: 2,
          tension: 0.1
        }, {
          label: canvas.dataset.seriesCost || "",
          data: data.map((r) => Number(r.dataset.cost)),
          borderColor: muted,
          backgroundColor: muted,
          borderDash: [6, 4],
          pointRadius: 0,
          borderWidth: 1.5,
          tension: 0
        }]
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        interaction: { mode: "index", intersect: false },
        scales: {
          x: { ticks: { color: muted, maxTicksLimit: narrow ? 4 : 8, maxRotation: 0 }, grid: { color: grid } },
          y: { ticks: { color: muted, callback: (v) => axis.format(v) }, grid: { color: grid } }
        },
        plugins: {
          legend: { labels: { color: muted } },
          tooltip: { callbacks: { label: (c) => c.dataset.label + ": " + usd.format(c.parsed.y) } }
        }
      }
    });
  }

  function doughnut(canvas) {
    const data = rows(canvas).filter((r) => r.dataset.key);
    const pct = new Intl.NumberFormat(language(), { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const muted = css("--muted", "#5b6470");
    const card = css("--card", "#ffffff");
    const colours = data.map((r, i) => PALETTE[i % PALETTE.length]);
    const hasTargets = data.some((r) => r.dataset.target !== undefined && r.dataset.target !== "");
    const datasets = [];
    if (hasTargets) {
      datasets.push({
        label: canvas.dataset.seriesTarget || "",
        data: data.map((r) => Number(r.dataset.target || 0)),
        backgroundColor: colours.map((c) => c + "80"),
        borderColor: card,
        borderWidth: 1,
        weight: 0.45
      });
    }
    datasets.push({
      label: canvas.dataset.seriesActual || "",
      data: data.map((r) => Number(r.dataset.weight || 0)),
      backgroundColor: colours,
      borderColor: card,
      borderWidth: 1,
      weight: 1
    });
    // eslint-disable-next-line no-undef
    return new Chart(canvas, {
      type: "doughnut",
      data: { labels: data.map(label), datasets: datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        cutout: "45%",
        plugins: {
          legend: { position: "bottom", labels: { color: muted, boxWidth: 12 } },
          tooltip: { callbacks: { label: (c) => c.dataset.label + " · " + c.label + ": " + pct.format(c.parsed) } }
        }
      }
    });
  }

  function start() {
    if (typeof Chart === "undefined") {
      return; // the tables carry the same numbers
    }
    document.querySelectorAll("canvas[data-dash-chart]").forEach((canvas) => {
      const chart = canvas.dataset.dashChart === "line" ? line(canvas) : doughnut(canvas);
      canvas.dataset.drawn = String(chart.data.datasets.length);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
}());

// Charts of the scoring pages (Chart.js, served by the app). A canvas declares its chart in data-*
// attributes: data-chart ("line" or "bar"), data-labels and data-values (JSON arrays), data-series
// (the legend), optional data-min and data-max. Every chart has a table beside it with the same numbers.
(function () {
  "use strict";

  function draw(canvas) {
    let labels;
    let values;
    try {
      labels = JSON.parse(canvas.dataset.labels || "[]");
      values = JSON.parse(canvas.dataset.values || "[]").map(Number);
    } catch (e) {
      return;
    }
    const style = getComputedStyle(document.documentElement);
    const accent = style.getPropertyValue("--accent").trim() || "#1f4e79";
    const muted = style.getPropertyValue("--muted").trim() || "#5b6470";
    const y = { ticks: { color: muted }, beginAtZero: true };
    if (canvas.dataset.min !== undefined) {
      y.min = Number(canvas.dataset.min);
    }
    if (canvas.dataset.max !== undefined) {
      y.max = Number(canvas.dataset.max);
    }
    // eslint-disable-next-line no-undef
    new Chart(canvas, {
      type: canvas.dataset.chart === "bar" ? "bar" : "line",
      data: {
        labels: labels,
        datasets: [{
          label: canvas.dataset.series || "",
          data: values,
          borderColor: accent,
          backgroundColor: accent,
          tension: 0.15
        }]
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { x: { ticks: { color: muted } }, y: y },
        plugins: { legend: { labels: { color: muted } } }
      }
    });
  }

  function start() {
    if (typeof Chart === "undefined") {
      return; // the tables carry the same numbers
    }
    document.querySelectorAll("canvas[data-chart]").forEach(draw);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
}());

// Draws the backtest's value series against buying and holding BTC. The data come from the
// canvas's data-* attributes (the page has no inline script); the same figures are in the tables.
(function () {
  'use strict';
  var canvas = document.getElementById('backtest-chart');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  var read = function (name) {
    return JSON.parse(canvas.dataset[name] || '[]');
  };
  var styles = getComputedStyle(document.documentElement);
  var colour = function (name, fallback) {
    var value = styles.getPropertyValue(name).trim();
    return value || fallback;
  };
  new Chart(canvas, {
    type: 'line',
    data: {
      labels: read('dates'),
      datasets: [
        { label: canvas.dataset.labelPolicy || 'Your policy', data: read('values'), borderColor: colour('--accent', '#1f4e79'), borderWidth: 2, pointRadius: 0 },
        { label: canvas.dataset.labelBtc || 'Buy and hold BTC', data: read('btc'), borderColor: colour('--warn', '#8a5a00'), borderWidth: 1.5, pointRadius: 0 },
        { label: canvas.dataset.labelInvested || 'Invested', data: read('invested'), borderColor: colour('--muted', '#5b6470'), borderWidth: 1, borderDash: [4, 4], pointRadius: 0 }
      ]
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { ticks: { maxTicksLimit: 12 } },
        y: { ticks: { callback: function (v) { return '$' + Number(v).toLocaleString('en-US'); } } }
      }
    }
  });
}());

// The score card's live total (SPEC §1), computed as the investor types. A preview only: the server
// computes the total again on save. Exact, like the server: every score and weight is read as a decimal
// with up to 18 places into a BigInt, and the band is decided on total × 170 (the least common multiple
// of the dimension maxima 17 and 10), so a total of exactly 8.5 is a strong buy, never 8.4999….
(function () {
  "use strict";
  const SCALE = 10n ** 18n;
  // The names come from the page, in its language: data-strong-buy, data-buy, … on #live-recommendation.
  const BANDS = [
    ["8.5", "STRONG_BUY", "strongBuy"],
    ["7.0", "BUY", "buy"],
    ["5.5", "CAUTIOUS", "cautious"],
    ["4.0", "AVOID", "avoid"],
    ["0", "STRONG_AVOID", "strongAvoid"]
  ];

  /** "2.5" → 2500000000000000000n; null when the text is not a plain non-negative decimal. */
  function decimal(text) {
    const match = /^\s*(\d+)(?:\.(\d{1,18}))?\s*$/.exec(text == null ? "" : String(text));
    if (!match) {
      return null;
    }
    return BigInt(match[1]) * SCALE + BigInt((match[2] || "").padEnd(18, "0"));
  }

  /** A non-negative fraction num / den shown with two decimals, rounded half up. */
  function twoDecimals(num, den) {
    const cents = (num * 100n * 2n + den) / (den * 2n);
    const whole = cents / 100n;
    const rest = (cents % 100n).toString().padStart(2, "0");
    return whole.toString() + "." + rest;
  }

  function update(form) {
    const option = form.querySelector("select[name=profile]").selectedOptions[0];
    let weights;
    try {
      weights = JSON.parse(option ? option.dataset.weights : "{}");
    } catch (e) {
      weights = {};
    }
    const raw = {};
    const maxima = {};
    let complete = true;
    form.querySelectorAll("input[data-max]").forEach(function (input) {
      const dimension = input.dataset.dimension;
      maxima[dimension] = decimal(input.dataset.dimensionMax);
      const points = decimal(input.value);
      const max = decimal(input.dataset.max);
      const valid = points !== null && points <= max;
      input.classList.toggle("out-of-range", input.value.trim() !== "" && !valid);
      if (!valid) {
        complete = false;
        raw[dimension] = null;
        return;
      }
      if (raw[dimension] !== null) {
        raw[dimension] = (raw[dimension] || 0n) + points;
      }
    });
    // total × 170 × 10^36 = Σ weight × raw × (1700 / max): 100 for technology (max 17), 170 for the others.
    let scaledTotal = 0n;
    Object.keys(maxima).forEach(function (dimension) {
      const output = form.querySelector("[data-dimension-score=\"" + dimension + "\"]");
      const max = maxima[dimension];
      const points = raw[dimension];
      const weight = decimal(weights[dimension]);
      if (points === null || points === undefined || max === null) {
        output.textContent = "—";
        return;
      }
      output.textContent = twoDecimals(points * 10n, max);
      if (weight === null) {
        complete = false;
        return;
      }
      scaledTotal += weight * points * ((1700n * SCALE) / max);
    });
    const total = form.querySelector("#live-total");
    const recommendation = form.querySelector("#live-recommendation");
    if (!complete) {
      total.textContent = "—";
      recommendation.textContent = recommendation.dataset.incomplete || "";
      recommendation.removeAttribute("data-code");
      return;
    }
    const denominator = 170n * SCALE * SCALE;
    total.textContent = twoDecimals(scaledTotal, denominator);
    const band = BANDS.find(function (b) {
      return scaledTotal >= decimal(b[0]) * 170n * SCALE;
    });
    recommendation.textContent = recommendation.dataset[band[2]] || band[1];
    recommendation.dataset.code = band[1];
  }

  function start() {
    document.querySelectorAll("form[data-scorecard]").forEach(function (form) {
      form.addEventListener("input", function () { update(form); });
      form.addEventListener("change", function () { update(form); });
      update(form);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
}());

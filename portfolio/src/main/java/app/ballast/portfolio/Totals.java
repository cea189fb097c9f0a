package app.ballast.portfolio;

import app.ballast.domain.Money;

/** The sums over all holdings of a portfolio. */
public record Totals(Money marketValue, Money costBasis, Money unrealizedProfit, Money realizedProfit) {
}

package app.ballast.web.pages;

import app.ballast.domain.Money;
import app.ballast.web.dashboard.DashboardModel;
import io.quarkus.qute.TemplateExtension;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the dashboard shows changes ({@code {view.today.arrow}} …): a gain or a loss is written with its sign and an
 * arrow, besides its colour, and numbers for the charts go into data-* attributes as plain decimals.
 */
@TemplateExtension
public final class DashFormats {

    private DashFormats() {
    }

    /** "gain", "loss" or "flat": the CSS class of a change. */
    static String changeTone(DashboardModel.Change change) {
        return change == null ? "flat" : Formats.tone(change.amount());
    }

    /** "▲", "▼" or "▬": shown beside the figure (hidden from screen readers, which get a word instead). */
    static String arrow(DashboardModel.Change change) {
        int sign = change == null ? 0 : change.signum();
        return sign > 0 ? "▲" : sign < 0 ? "▼" : "▬";
    }

    /** "up", "down" or "flat": which word a screen reader hears. */
    static String direction(DashboardModel.Change change) {
        int sign = change == null ? 0 : change.signum();
        return sign > 0 ? "up" : sign < 0 ? "down" : "flat";
    }

    /** "+$12.00" / "-$12.00". */
    static String changeUsd(DashboardModel.Change change) {
        return change == null ? "—" : Formats.signedUsd(change.amount());
    }

    /** "+1.23%" / "-1.23%" / "0.00%", or "—" without a base. */
    static String signedPct(DashboardModel.Change change) {
        if (change == null || change.fraction() == null) {
            return "—";
        }
        BigDecimal fraction = change.fraction();
        String text = Formats.pct(fraction);
        return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).signum() > 0 ? "+" + text : text;
    }

    /** A fraction for a data-* attribute: "0.652300". */
    static String dataFraction(BigDecimal fraction) {
        return fraction == null ? "" : fraction.setScale(6, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** An amount for a data-* attribute: "12345.67". */
    static String dataUsd(Money money) {
        return money == null ? "" : money.amount().setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    /**
     * The rows of the value table (date, value, cost, profit, with the numbers the chart reads in data-*), made
     * once per kept view: a long history has hundreds of rows, the same on every request.
     */
    static String valueRows(DashboardModel.View view) {
        return view.rendered().get("value-rows", () -> {
            StringBuilder html = new StringBuilder(view.series().size() * 200);
            for (DashboardModel.ValuePoint p : view.series()) {
                html.append("<tr data-date=\"").append(p.date()).append("\" data-value=\"").append(dataUsd(p.value()))
                        .append("\" data-cost=\"").append(dataUsd(p.cost())).append("\"><td>").append(p.date())
                        .append("</td><td class=\"num\">").append(Formats.usd(p.value()))
                        .append("</td><td class=\"num\">").append(Formats.usd(p.cost()))
                        .append("</td><td class=\"num ").append(Formats.tone(p.profit())).append("\">")
                        .append(Formats.signedUsd(p.profit())).append("</td></tr>\n");
            }
            return html.toString();
        });
    }

    /** A signed percentage of a weight gap: "+2.10%" / "-0.40%". */
    static String signedGap(BigDecimal gap) {
        if (gap == null) {
            return "—";
        }
        String text = Formats.pct(gap);
        return gap.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).signum() > 0 ? "+" + text : text;
    }
}

package app.ballast.web.pages;

import app.ballast.domain.Money;
import app.ballast.domain.Scales;
import io.quarkus.qute.TemplateExtension;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the pages show numbers and times (Qute template extensions: {@code {holding.marketValue.usd}}). */
@TemplateExtension
public final class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private Formats() {
    }

    /** "$1,234.56", "-$12.00". */
    static String usd(Money money) {
        return money == null ? "—" : usd(money.amount());
    }

    static String usd(BigDecimal amount) {
        if (amount == null) {
            return "—";
        }
        BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_EVEN);
        String digits = grouped(rounded.abs(), 2, 2);
        return (rounded.signum() < 0 ? "-$" : "$") + digits;
    }

    /** A price with as many decimals as it needs: 2 above 1 USD, up to 8 significant below. */
    static String price(BigDecimal price) {
        if (price == null) {
            return "—";
        }
        if (price.abs().compareTo(BigDecimal.ONE) >= 0) {
            return "$" + grouped(price.setScale(2, RoundingMode.HALF_EVEN), 2, 2);
        }
        BigDecimal significant = price.round(new java.math.MathContext(6, RoundingMode.HALF_EVEN));
        return "$" + grouped(significant, 2, Math.max(2, significant.scale()));
    }

    static String price(Money price) {
        return price == null ? "—" : price(price.amount());
    }

    /** A coin quantity: grouped, up to 8 decimals, without trailing zeros. */
    static String qty(BigDecimal quantity) {
        if (quantity == null) {
            return "—";
        }
        BigDecimal rounded = quantity.setScale(Math.min(8, Math.max(0, quantity.scale())), RoundingMode.HALF_EVEN);
        return grouped(rounded, 0, 8);
    }

    /** The exact value for an input field: no grouping, no trailing zeros. */
    static String plain(BigDecimal value) {
        return value == null ? "" : Scales.compact(value).toPlainString();
    }

    /** A fraction as a percentage: 0.1234 → "12.34%". */
    static String pct(BigDecimal fraction) {
        if (fraction == null) {
            return "—";
        }
        return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }

    /** "gain", "loss" or "flat": a CSS class; the sign is also written, never shown by colour alone. */
    static String tone(Money money) {
        if (money == null || money.signum() == 0) {
            return "flat";
        }
        return money.signum() > 0 ? "gain" : "loss";
    }

    /** "+$12.00" / "-$12.00": a profit with its sign. */
    static String signedUsd(Money money) {
        if (money == null) {
            return "—";
        }
        String text = usd(money.amount());
        return money.signum() > 0 ? "+" + text : text;
    }

    static String dateTime(Instant time) {
        return time == null ? "—" : DATE_TIME.format(time);
    }

    static String date(Instant time) {
        return time == null ? "—" : DATE.format(time);
    }

    /** The value of a datetime-local input (UTC). */
    static String inputTime(Instant time) {
        return time == null ? "" : INPUT.format(time);
    }

    static String lower(String value) {
        return value == null ? "" : value.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The holding's latest price, or a dash when there is none. */
    static String priceText(app.ballast.portfolio.Holding holding) {
        return price(holding.price());
    }

    static String lower(Enum<?> value) {
        return value == null ? "" : value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String grouped(BigDecimal value, int minDecimals, int maxDecimals) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US));
        format.setMinimumFractionDigits(minDecimals);
        format.setMaximumFractionDigits(maxDecimals);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        format.setParseBigDecimal(true);
        return format.format(value);
    }
}

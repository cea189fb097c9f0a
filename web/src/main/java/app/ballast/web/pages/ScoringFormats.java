package app.ballast.web.pages;

import app.ballast.domain.Scales;
import app.ballast.web.i18n.TextExtensions;
import app.ballast.web.i18n.Texts;
import io.quarkus.qute.TemplateExtension;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How the scoring pages show figures (Qute template extensions: {@code {value.figure}}). */
@TemplateExtension
public final class ScoringFormats {

    private ScoringFormats() {
    }

    /**
     * A figure of a warning or an analysis: grouped, six significant digits at most (34-digit quotients are
     * exact in the API, not on screen), never an exponent.
     */
    static String figure(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        BigDecimal rounded = value.abs().compareTo(BigDecimal.valueOf(1000)) >= 0
                ? value.setScale(0, RoundingMode.HALF_UP)
                : value.round(new MathContext(6, RoundingMode.HALF_UP));
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US));
        format.setMaximumFractionDigits(Math.max(0, Scales.compact(rounded).scale()));
        return format.format(rounded);
    }

    /** A large USD amount for a headline figure: "$266.75M", "$1.20B"; below a million as "$12,345.67". */
    static String bigUsd(BigDecimal amount) {
        if (amount == null) {
            return "—";
        }
        String[] units = {"T", "B", "M"};
        int[] powers = {12, 9, 6};
        for (int i = 0; i < units.length; i++) {
            if (amount.abs().compareTo(BigDecimal.ONE.movePointRight(powers[i])) >= 0) {
                return "$" + amount.movePointLeft(powers[i]).setScale(2, RoundingMode.HALF_UP).toPlainString() + units[i];
            }
        }
        return Formats.usd(amount);
    }

    /** A fraction as a percentage with two decimals: 0.0425 → "4.25%". */
    static String percent(BigDecimal fraction) {
        return fraction == null ? "—" : fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** A percentage already ×100, with two decimals: 2.0833… → "2.08%". */
    static String percentage(BigDecimal percent) {
        return percent == null ? "—" : percent.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /**
     * "fdvToMarketCap" → "fdv to market cap": a figure's name in words, in the template's language (the
     * {@code note_f_*} messages; a name without one, such as a tokenomics bucket's, stays as it is).
     */
    static String words(String name, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return Texts.in(inWords(name), TextExtensions.locale(locale));
    }

    private static String inWords(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}

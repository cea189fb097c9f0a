package app.ballast.web.api;

import app.ballast.domain.Money;
import app.ballast.domain.Scales;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How amounts leave the API: exact, without trailing zeros; money to 8 decimals (far below a cent). */
public final class Amounts {

    public static final int MONEY_SCALE = 8;

    private Amounts() {
    }

    public static BigDecimal plain(BigDecimal value) {
        return Scales.compact(value);
    }

    public static BigDecimal money(Money money) {
        return money == null ? null : plain(money.amount().setScale(MONEY_SCALE, RoundingMode.HALF_EVEN));
    }
}

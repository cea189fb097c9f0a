package app.ballast.web.policy;

import java.math.BigDecimal;

/**
 * A DCA plan as the investor sends it ({@code POST /api/dca-plans}). Text fields stay text so that a
 * wrong value gets our own message naming the field. {@code multipliers}: null for none; a field
 * of it left out takes the SPEC default. {@code account}: where buys are recorded (default: the
 * exchange account holding most of the asset).
 */
public record DcaPlanInput(String symbol, BigDecimal amount, String frequency, String dayOfWeek, Integer dayOfMonth,
                           String start, String end, BigDecimal budget, Boolean autoRecord, Multipliers multipliers,
                           String account) {

    public record Multipliers(BigDecimal mvrvBelow, BigDecimal mvrvBelowFactor, BigDecimal mvrvAbove,
                              BigDecimal mvrvAboveFactor, Integer fearGreedBelow, BigDecimal fearGreedBelowFactor,
                              Integer fearGreedAbove, BigDecimal fearGreedAboveFactor) {
    }
}

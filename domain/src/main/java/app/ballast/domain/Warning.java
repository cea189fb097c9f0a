package app.ballast.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One warning: which rule fired, about what (an asset symbol, a sector, a sleeve or an account),
 * on which date, a sentence for the investor, and the figures that fired it, in a stable order
 * (for example {@code fdv}, {@code marketCap}, {@code ratio}, {@code threshold}).
 */
public record Warning(WarningRule rule, Severity severity, String subject, LocalDate date, String message,
                      Map<String, BigDecimal> figures) {

    public Warning {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(message, "message");
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures == null ? Map.of() : figures));
    }
}

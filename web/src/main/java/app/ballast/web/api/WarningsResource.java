package app.ballast.web.api;

import app.ballast.domain.InvalidValueException;
import app.ballast.domain.InvalidValuesException;
import app.ballast.domain.MarketDay;
import app.ballast.domain.Scales;
import app.ballast.domain.Warning;
import app.ballast.domain.tokenomics.TokenomicsInput;
import app.ballast.scoring.AssetSnapshot;
import app.ballast.scoring.AssetWarningRules;
import app.ballast.web.ledger.InvalidInputException;
import app.ballast.web.scoring.WarningService;
import app.ballast.web.security.CurrentUser;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The asset warning rules (SPEC §3): stateless over a snapshot, or over what the caller has stored. Each
 * warning names its rule, severity, subject (the asset), date, a message and the figures that fired it.
 */
@Path("/api/warnings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WarningsResource {

    @Inject
    WarningService warnings;

    @Inject
    CurrentUser user;

    /** One market day as sent. */
    public record MarketDayJson(LocalDate date, BigDecimal price, BigDecimal volume, BigDecimal marketCap) {
    }

    /**
     * A snapshot of one asset: {@code symbol} (default "ASSET") and {@code asOf} (default today) are optional,
     * and so is everything else; a rule without its inputs stays silent (STALE_SCORE warns without a score).
     */
    public record SnapshotBody(String symbol, LocalDate asOf, List<MarketDayJson> market,
                               TokenomicsResource.TokenomicsBody tokenomics, BigDecimal fearGreed, BigDecimal mvrv,
                               BigDecimal top10HolderShare, LocalDate latestScoreDate, LocalDate latestEventDate) {
    }

    @POST
    @Path("/evaluate")
    public List<Warning> evaluate(SnapshotBody body) {
        SnapshotBody snapshot = TransactionResource.requireBody(body);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        List<MarketDay> market = new ArrayList<>();
        List<MarketDayJson> days = snapshot.market() == null ? List.of() : snapshot.market();
        for (int i = 0; i < days.size(); i++) {
            MarketDayJson day = days.get(i);
            String prefix = "market[" + i + "]";
            if (day == null) {
                errors.add(prefix, prefix + " is empty");
                continue;
            }
            try {
                market.add(new MarketDay(day.date(), day.price(), day.volume(), day.marketCap()));
            } catch (InvalidValueException e) {
                prefixed(prefix, e, errors);
            }
        }
        TokenomicsInput tokenomics = null;
        if (snapshot.tokenomics() != null) {
            try {
                tokenomics = snapshot.tokenomics().draft().toInput();
            } catch (InvalidValueException e) {
                prefixed("tokenomics", e, errors);
            }
        }
        Integer fearGreed = null;
        if (snapshot.fearGreed() != null) {
            BigDecimal index = snapshot.fearGreed().stripTrailingZeros();
            if (index.scale() > 0 || index.signum() < 0 || index.compareTo(BigDecimal.valueOf(100)) > 0) {
                // Scales.plain, not toPlainString: 1e999999999 written out would be a billion characters.
                errors.add("fearGreed", "fearGreed must be a whole number from 0 to 100, was "
                        + Scales.plain(snapshot.fearGreed()));
            } else {
                fearGreed = index.intValueExact();
            }
        }
        String symbol = snapshot.symbol() == null || snapshot.symbol().isBlank() ? "ASSET" : snapshot.symbol().strip();
        LocalDate asOf = snapshot.asOf() == null ? LocalDate.now(ZoneOffset.UTC) : snapshot.asOf();
        Integer index = fearGreed;
        TokenomicsInput input = tokenomics;
        AssetSnapshot checked = errors.check(() -> new AssetSnapshot(symbol, asOf, market, input, index,
                snapshot.mvrv(), snapshot.top10HolderShare(), snapshot.latestScoreDate(), snapshot.latestEventDate()));
        errors.throwIfAny();
        return AssetWarningRules.evaluate(checked, warnings.thresholds());
    }

    /** The warnings about every asset the caller holds or has scoring records for. */
    @GET
    public List<Warning> all() {
        return warnings.forAllAssets(user.id());
    }

    private static void prefixed(String prefix, InvalidValueException e, InvalidInputException.Collector errors) {
        List<InvalidValuesException.Problem> problems = e instanceof InvalidValuesException several ? several.problems()
                : List.of(new InvalidValuesException.Problem(e.field(), e.getMessage()));
        for (InvalidValuesException.Problem p : problems) {
            // The domain's messages start with the field they are about: name it by its whole path.
            String message = p.message().startsWith(p.field()) ? prefix + "." + p.message() : p.message();
            errors.add(prefix + "." + p.field(), message);
        }
    }
}

package app.ballast.web.pages;

import app.ballast.domain.Scales;
import app.ballast.domain.Warning;
import app.ballast.domain.tokenomics.AllocationBucket;
import app.ballast.domain.tokenomics.TokenomicsInput;
import app.ballast.scoring.UnlockMonth;
import app.ballast.web.i18n.RequestLanguage;
import app.ballast.web.ledger.FieldError;
import app.ballast.web.ledger.InvalidInputException;
import app.ballast.web.persistence.AssetEntity;
import app.ballast.web.scoring.Assets;
import app.ballast.web.scoring.TokenomicsService.TokenomicsDraft;
import app.ballast.web.scoring.TokenomicsService.TokenomicsView;
import app.ballast.web.scoring.TokenomicsService;
import app.ballast.web.scoring.WarningService;
import app.ballast.web.security.CurrentUser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tokenomics per asset: the inputs form (supplies, allocation buckets with cliff and vesting, emission, yield),
 * the outputs (market cap, FDV, FDV/MC, inflation, real yield), the monthly unlock table and its chart.
 */
@Path("/tokenomics")
@Produces(MediaType.TEXT_HTML)
public class TokenomicsPage {

    /** Blank bucket rows offered below the filled ones, and the fewest rows the form shows. */
    static final int SPARE_ROWS = 3;
    static final int MIN_ROWS = 6;
    private static final Pattern BUCKET_FIELD = Pattern.compile("^buckets\\[(\\d+)](.*)$");

    /** An asset of the list, with its tokenomics' FDV / market cap when there are any. */
    public record AssetRow(String symbol, String name, boolean entered, BigDecimal fdvToMarketCap) {
    }

    /** One bucket row of the form as typed. */
    public record BucketRow(int row, String name, String share, String cliffMonths, String vestingMonths) {
        public String field(String name) {
            return "buckets[" + row + "]." + name;
        }
    }

    /** One month of the unlock table: its number, the day it ends, tokens per bucket, total and % of circulating. */
    public record MonthRow(int month, LocalDate date, List<BigDecimal> unlocks, BigDecimal total, BigDecimal percent) {
    }

    /** The analysis' figures as shown ("—" where an input is missing). */
    public record Outputs(String marketCap, String price, String priceDate, String fdv, String fdvToMarketCap, String annualInflation,
                          String monthlyInflation, String realYield, String revenueYield, String emissionFundedShare,
                          String stakingApy) {
        static Outputs of(TokenomicsView view) {
            var a = view.analysis();
            TokenomicsService.PriceUsed price = view.priceUsed();
            // No price: the page asks for one; an entered price has no date, the latest close has its day.
            String priceText = price == null ? null : Formats.price(price.price());
            String priceDate = price == null || price.date() == null ? null : price.date().toString();
            return new Outputs(ScoringFormats.bigUsd(a.marketCap()), priceText, priceDate, ScoringFormats.bigUsd(a.fdv()), ScoringFormats.figure(a.fdvToMarketCap()) + "×",
                    ScoringFormats.percent(a.annualInflation()), ScoringFormats.percent(a.monthlyInflation()),
                    ScoringFormats.percent(a.realYield()), ScoringFormats.percent(a.revenueYield()),
                    ScoringFormats.percent(a.emissionFundedShare()), ScoringFormats.percent(view.input().stakingApy()));
        }
    }

    /** The number inputs of the form, by field (their labels: message {@code tokenomics_field}). */
    static final List<String> INPUTS = List.of("price", "totalSupply", "circulatingSupply", "monthlyEmission",
            "stakingApy", "revenueToStakers", "valueStaked");

    /** The form as typed. */
    public static class Form {
        @RestForm
        public String price;
        @RestForm
        public String totalSupply;
        @RestForm
        public String circulatingSupply;
        @RestForm
        public String monthlyEmission;
        @RestForm
        public String stakingApy;
        @RestForm
        public String revenueToStakers;
        @RestForm
        public String valueStaked;
        @RestForm
        public String scheduleStart;
        @RestForm
        public List<String> bucketName;
        @RestForm
        public List<String> bucketShare;
        @RestForm
        public List<String> bucketCliff;
        @RestForm
        public List<String> bucketVesting;

        public String value(String field) {
            String v = switch (field) {
                case "price" -> price;
                case "totalSupply" -> totalSupply;
                case "circulatingSupply" -> circulatingSupply;
                case "monthlyEmission" -> monthlyEmission;
                case "stakingApy" -> stakingApy;
                case "revenueToStakers" -> revenueToStakers;
                case "valueStaked" -> valueStaked;
                case "scheduleStart" -> scheduleStart;
                default -> null;
            };
            return v == null ? "" : v;
        }

        static Form of(TokenomicsInput input) {
            Form form = new Form();
            form.price = plain(input.price());
            form.totalSupply = plain(input.totalSupply());
            form.circulatingSupply = plain(input.circulatingSupply());
            form.monthlyEmission = plain(input.monthlyEmission());
            form.stakingApy = plain(input.stakingApy());
            form.revenueToStakers = plain(input.revenueToStakers());
            form.valueStaked = plain(input.valueStaked());
            form.scheduleStart = input.scheduleStart() == null ? "" : input.scheduleStart().toString();
            form.bucketName = new ArrayList<>();
            form.bucketShare = new ArrayList<>();
            form.bucketCliff = new ArrayList<>();
            form.bucketVesting = new ArrayList<>();
            for (AllocationBucket b : input.buckets()) {
                form.bucketName.add(b.name());
                form.bucketShare.add(plain(b.share()));
                form.bucketCliff.add(String.valueOf(b.cliffMonths()));
                form.bucketVesting.add(String.valueOf(b.vestingMonths()));
            }
            return form;
        }

        /** The typed rows plus blank ones to fill in. */
        List<BucketRow> rows() {
            List<BucketRow> rows = new ArrayList<>();
            int typed = size(bucketName);
            for (int i = 0; i < Math.max(MIN_ROWS, typed + SPARE_ROWS); i++) {
                rows.add(new BucketRow(i, at(bucketName, i), at(bucketShare, i), at(bucketCliff, i), at(bucketVesting, i)));
            }
            return rows;
        }

        private static String plain(BigDecimal value) {
            return value == null ? "" : Scales.plain(value);
        }

        private static int size(List<String> list) {
            return list == null ? 0 : list.size();
        }

        private static String at(List<String> list, int i) {
            return list == null || i >= list.size() || list.get(i) == null ? "" : list.get(i);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<AssetRow> assets);

        static native TemplateInstance asset(String symbol, String name, Form form, List<String> inputs,
                                             List<BucketRow> rows,
                                             TokenomicsView view, Outputs outputs, List<MonthRow> months, List<String> bucketNames,
                                             String chartLabels, String chartValues, List<Warning> warnings,
                                             Map<String, String> errors);
    }

    @Inject
    RequestLanguage language;

    @Inject
    TokenomicsService tokenomics;

    @Inject
    WarningService warnings;

    @Inject
    CurrentUser user;

    @Inject
    ObjectMapper json;

    @GET
    @Transactional
    public TemplateInstance index() {
        Map<String, BigDecimal> ratios = tokenomics.fdvToMarketCaps(user.id());
        List<AssetRow> rows = new ArrayList<>();
        for (AssetEntity a : AssetEntity.<AssetEntity>list("order by symbol")) {
            rows.add(new AssetRow(a.symbol, a.name, ratios.containsKey(a.symbol), ratios.get(a.symbol)));
        }
        rows.sort((x, y) -> Boolean.compare(y.entered(), x.entered()));
        return Templates.index(rows);
    }

    @GET
    @Path("/{symbol}")
    @Transactional
    public TemplateInstance asset(@PathParam("symbol") String symbol, @QueryParam("months") Integer months) {
        AssetEntity asset = Assets.bySymbol(symbol);
        Integer shown = months == null || months < 1 || months > 120 ? null : months;
        TokenomicsView view = tokenomics.find(user.id(), asset.symbol, shown).orElse(null);
        Form form = view == null ? new Form() : Form.of(view.input());
        return page(asset, form, view, Map.of());
    }

    /**
     * Saves the form. Not one transaction around the page: the save is its own, so that it takes the user's
     * lock before it reads anything (two saves of the same new asset at once then both succeed).
     */
    @POST
    @Path("/{symbol}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("symbol") String symbol, @BeanParam Form form) {
        AssetEntity asset = Assets.bySymbol(symbol);
        List<Integer> filledRows = new ArrayList<>();
        try {
            InvalidInputException.Collector errors = new InvalidInputException.Collector();
            List<AllocationBucket.Draft> buckets = new ArrayList<>();
            for (BucketRow row : form.rows()) {
                if (row.name().isBlank() && row.share().isBlank() && row.cliffMonths().isBlank()
                        && row.vestingMonths().isBlank()) {
                    continue; // a blank row is no bucket
                }
                filledRows.add(row.row());
                String prefix = "buckets[" + row.row() + "].";
                buckets.add(new AllocationBucket.Draft(row.name(), FormFields.decimal(prefix + "share", row.share(), errors),
                        FormFields.whole(prefix + "cliffMonths", row.cliffMonths(), errors),
                        FormFields.whole(prefix + "vestingMonths", row.vestingMonths(), errors)));
            }
            TokenomicsDraft draft = new TokenomicsDraft(FormFields.decimal("price", form.price, errors),
                    FormFields.decimal("totalSupply", form.totalSupply, errors),
                    FormFields.decimal("circulatingSupply", form.circulatingSupply, errors), buckets,
                    FormFields.decimal("monthlyEmission", form.monthlyEmission, errors),
                    FormFields.decimal("stakingApy", form.stakingApy, errors),
                    FormFields.decimal("revenueToStakers", form.revenueToStakers, errors),
                    FormFields.decimal("valueStaked", form.valueStaked, errors),
                    FormFields.date("scheduleStart", form.scheduleStart, errors));
            errors.throwIfAny();
            try {
                tokenomics.save(user.id(), asset.symbol, draft, null);
            } catch (InvalidInputException e) {
                // The service counts filled buckets; the form names rows, blank ones included.
                throw new InvalidInputException(e.errors().stream().map(err -> toRow(err, filledRows)).toList());
            }
            return Response.seeOther(URI.create("/tokenomics/" + asset.symbol)).build();
        } catch (InvalidInputException e) {
            TokenomicsView stored = tokenomics.find(user.id(), asset.symbol, null).orElse(null);
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(page(asset, form, stored, FormErrors.byField(e))).build();
        }
    }

    @POST
    @Path("/{symbol}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("symbol") String symbol) {
        tokenomics.delete(user.id(), symbol);
        return Response.seeOther(URI.create("/tokenomics/" + symbol.toUpperCase(Locale.ROOT))).build();
    }

    private TemplateInstance page(AssetEntity asset, Form form, TokenomicsView view, Map<String, String> errors) {
        List<MonthRow> months = new ArrayList<>();
        List<String> bucketNames = view == null ? List.of()
                : view.input().buckets().stream().map(AllocationBucket::name).toList();
        List<String> labels = new ArrayList<>();
        List<String> values = new ArrayList<>();
        if (view != null) {
            LocalDate start = view.input().scheduleStart();
            for (UnlockMonth m : view.analysis().schedule()) {
                LocalDate date = start == null ? null : start.plusMonths(m.month());
                months.add(new MonthRow(m.month(), date, new ArrayList<>(m.unlocks().values()), m.total(),
                        m.percentOfCirculating()));
                labels.add(date == null ? language.messages().tokenomics_month_n(m.month()) : date.toString());
                values.add(m.percentOfCirculating().setScale(4, RoundingMode.HALF_UP).toPlainString());
            }
        }
        return Templates.asset(asset.symbol, asset.name, form, INPUTS, form.rows(), view,
                view == null ? null : Outputs.of(view), months, bucketNames, PageJson.write(json, labels),
                PageJson.write(json, values), warnings.forAsset(user.id(), asset.symbol), errors);
    }

    /** "buckets[1].share" of the filled buckets → the same field of the form row it came from. */
    private static FieldError toRow(FieldError error, List<Integer> filledRows) {
        Matcher m = BUCKET_FIELD.matcher(error.field());
        if (!m.matches()) {
            return error;
        }
        int index = Integer.parseInt(m.group(1));
        if (index >= filledRows.size()) {
            return error;
        }
        String field = "buckets[" + filledRows.get(index) + "]" + m.group(2);
        return new FieldError(field, error.message().replace(error.field(), field));
    }
}

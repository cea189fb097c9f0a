package app.ballast.web.pages;

import app.ballast.domain.Scales;
import app.ballast.domain.scoring.Criterion;
import app.ballast.domain.scoring.Dimension;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * The score card as the pages lay it out: dimensions with their criteria and maxima. Their names are
 * messages ({@code dimension}, {@code criterion}: the seed's Chinese terms in msg_zh-CN.properties).
 */
public final class ScoreCardLayout {

    /** One criterion's line: its path ("risk.market"), the input's id and maximum. */
    public record CriterionRow(String path, String inputId, BigDecimal max) {
        public String maxText() {
            return Scales.plain(max);
        }

        /** The field its errors are reported on: "scores.risk.market". */
        public String field() {
            return "scores." + path;
        }
    }

    /** One dimension's block with its criteria. */
    public record DimensionRow(String key, BigDecimal max, List<CriterionRow> criteria) {
        public String maxText() {
            return Scales.plain(max);
        }
    }

    private static final List<DimensionRow> ROWS = Arrays.stream(Dimension.values())
            .map(d -> new DimensionRow(d.key(), d.max(),
                    d.criteria().stream().map(c -> new CriterionRow(c.path(), inputId(c), c.max())).toList()))
            .toList();

    private ScoreCardLayout() {
    }

    public static List<DimensionRow> dimensions() {
        return ROWS;
    }

    /** The id of a criterion's input: "score-risk-market". */
    static String inputId(Criterion criterion) {
        return "score-" + criterion.dimension().key() + "-" + criterion.key();
    }
}

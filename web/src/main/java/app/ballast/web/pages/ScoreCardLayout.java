package app.ballast.web.pages;

import app.ballast.domain.Scales;
import app.ballast.domain.scoring.Criterion;
import app.ballast.domain.scoring.Dimension;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The score card as the pages lay it out: dimensions with their criteria, labels (English and the seed's Chinese) and maxima. */
public final class ScoreCardLayout {

    /** One criterion's line: its path ("risk.market"), the input's id, labels and maximum. */
    public record CriterionRow(String path, String inputId, String label, String zh, BigDecimal max) {
        public String maxText() {
            return Scales.plain(max);
        }

        /** The field its errors are reported on: "scores.risk.market". */
        public String field() {
            return "scores." + path;
        }
    }

    /** One dimension's block with its criteria. */
    public record DimensionRow(String key, String label, String zh, BigDecimal max, List<CriterionRow> criteria) {
        public String maxText() {
            return Scales.plain(max);
        }

        /** The label's first word, for narrow table headings: "Team". */
        public String shortLabel() {
            return label.split(" ")[0];
        }
    }

    private static final Map<Dimension, String[]> DIMENSIONS = Map.of(
            Dimension.TECHNOLOGY, new String[] {"Technology", "技术层面"},
            Dimension.TOKENOMICS, new String[] {"Tokenomics", "经济模型"},
            Dimension.TEAM, new String[] {"Team & governance", "团队与治理"},
            Dimension.MARKET, new String[] {"Market", "市场表现"},
            Dimension.RISK, new String[] {"Risk (more points: safer)", "风险评估"});

    private static final Map<Criterion, String[]> CRITERIA = Map.ofEntries(
            Map.entry(Criterion.ARCHITECTURE, new String[] {"Architecture", "架构设计"}),
            Map.entry(Criterion.INNOVATION, new String[] {"Innovation", "技术创新"}),
            Map.entry(Criterion.SECURITY, new String[] {"Security", "安全性"}),
            Map.entry(Criterion.SCALABILITY, new String[] {"Scalability", "可扩展性"}),
            Map.entry(Criterion.ECOSYSTEM, new String[] {"Ecosystem", "生态发展"}),
            Map.entry(Criterion.ALLOCATION, new String[] {"Allocation", "代币分配"}),
            Map.entry(Criterion.UNLOCK_SCHEDULE, new String[] {"Unlock schedule", "解锁计划"}),
            Map.entry(Criterion.VALUE_CAPTURE, new String[] {"Value capture", "价值捕获"}),
            Map.entry(Criterion.INFLATION, new String[] {"Inflation", "通胀机制"}),
            Map.entry(Criterion.BACKGROUND, new String[] {"Background", "团队背景"}),
            Map.entry(Criterion.TRANSPARENCY, new String[] {"Transparency", "透明度"}),
            Map.entry(Criterion.COMMUNITY, new String[] {"Community", "社区质量"}),
            Map.entry(Criterion.PERFORMANCE, new String[] {"Performance", "历史表现"}),
            Map.entry(Criterion.LIQUIDITY, new String[] {"Liquidity", "流动性"}),
            Map.entry(Criterion.DISTRIBUTION, new String[] {"Distribution", "持仓分布"}),
            Map.entry(Criterion.REGULATORY, new String[] {"Regulatory risk", "监管风险"}),
            Map.entry(Criterion.TECHNICAL, new String[] {"Technical risk", "技术风险"}),
            Map.entry(Criterion.MARKET_RISK, new String[] {"Market risk", "市场风险"}),
            Map.entry(Criterion.PROJECT, new String[] {"Project risk", "项目特定风险"}));

    private static final List<DimensionRow> ROWS = Arrays.stream(Dimension.values())
            .map(d -> new DimensionRow(d.key(), DIMENSIONS.get(d)[0], DIMENSIONS.get(d)[1], d.max(),
                    d.criteria().stream().map(c -> new CriterionRow(c.path(), inputId(c), CRITERIA.get(c)[0],
                            CRITERIA.get(c)[1], c.max())).toList()))
            .toList();

    private ScoreCardLayout() {
    }

    public static List<DimensionRow> dimensions() {
        return ROWS;
    }

    /** "Unlock schedule", for a criterion named in a list of changes. */
    public static String label(Criterion criterion) {
        return DIMENSIONS.get(criterion.dimension())[0].split(" ")[0] + ": " + CRITERIA.get(criterion)[0].toLowerCase(Locale.ROOT);
    }

    /** The id of a criterion's input: "score-risk-market". */
    static String inputId(Criterion criterion) {
        return "score-" + criterion.dimension().key() + "-" + criterion.key();
    }

    /** The investor's words for a recommendation code. */
    public static String recommendation(String code) {
        return switch (code) {
            case "STRONG_BUY" -> "Strong buy";
            case "BUY" -> "Buy";
            case "CAUTIOUS" -> "Cautious";
            case "AVOID" -> "Avoid";
            case "STRONG_AVOID" -> "Strong avoid";
            default -> code;
        };
    }
}

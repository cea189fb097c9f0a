package app.ballast.web.scoring;

import app.ballast.domain.scoring.Criterion;
import app.ballast.domain.scoring.Dimension;
import app.ballast.domain.scoring.ScoreCard;
import app.ballast.domain.scoring.WeightProfile;
import app.ballast.scoring.ScoreCalculator;
import app.ballast.scoring.ScoreResult;
import app.ballast.web.ledger.InvalidInputException;
import app.ballast.web.persistence.AssetEntity;
import app.ballast.web.persistence.EvaluationEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The investment journal: a user's evaluations of an asset, each with its date, profile, every criterion,
 * the total and notes. The total is always computed here from the criteria (the server is the authority;
 * the page's live total is a preview).
 */
@ApplicationScoped
@Transactional
public class EvaluationService {

    public static final int NOTES_MAX = 10_000;

    @Inject
    ProfileService profiles;

    /** What an investor submits: scores by dimension and criterion; weights or a profile name; notes. */
    public record EvaluationInput(LocalDate date, String profile, Map<String, BigDecimal> weights,
                                  Map<String, Map<String, BigDecimal>> scores, String notes) {
    }

    /** A stored evaluation with its result and the criteria changed since the evaluation before it. */
    public record EvaluationView(long id, String symbol, LocalDate date, WeightProfile profile, ScoreCard card,
                                 ScoreResult result, String notes, Instant createdAt, List<Criterion> changed,
                                 boolean first) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EvaluationView> list(long userId, String symbol) {
        AssetEntity asset = Assets.bySymbol(symbol);
        List<EvaluationEntity> oldestFirst = EvaluationEntity.list(
                "userId = ?1 and asset = ?2 order by evaluatedOn, id", userId, asset);
        List<EvaluationView> views = new ArrayList<>();
        EvaluationEntity previous = null;
        for (EvaluationEntity entity : oldestFirst) {
            views.add(view(entity, previous));
            previous = entity;
        }
        Collections.reverse(views);
        return views;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EvaluationView get(long userId, String symbol, long id) {
        EvaluationEntity entity = owned(userId, symbol, id);
        return view(entity, previous(entity).orElse(null));
    }

    public EvaluationView create(long userId, String symbol, EvaluationInput input) {
        AssetEntity asset = Assets.bySymbol(symbol);
        Checked checked = check(userId, input);
        EvaluationEntity entity = new EvaluationEntity();
        entity.userId = userId;
        entity.asset = asset;
        entity.createdAt = Times.now();
        apply(entity, checked);
        entity.persist();
        return view(entity, previous(entity).orElse(null));
    }

    public EvaluationView update(long userId, String symbol, long id, EvaluationInput input) {
        EvaluationEntity entity = owned(userId, symbol, id);
        Checked checked = check(userId, input);
        apply(entity, checked);
        return view(entity, previous(entity).orElse(null));
    }

    public void delete(long userId, String symbol, long id) {
        owned(userId, symbol, id).delete();
    }

    /** The score card of a stored evaluation. */
    static ScoreCard card(EvaluationEntity entity) {
        Map<Criterion, BigDecimal> scores = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            scores.put(criterion, entity.scores.get(criterion.path()));
        }
        return new ScoreCard(scores);
    }

    static WeightProfile profile(EvaluationEntity entity) {
        Map<Dimension, BigDecimal> weights = new EnumMap<>(Dimension.class);
        weights.put(Dimension.TECHNOLOGY, entity.weightTechnology);
        weights.put(Dimension.TOKENOMICS, entity.weightTokenomics);
        weights.put(Dimension.TEAM, entity.weightTeam);
        weights.put(Dimension.MARKET, entity.weightMarket);
        weights.put(Dimension.RISK, entity.weightRisk);
        return new WeightProfile(entity.profileName, weights);
    }

    private record Checked(LocalDate date, WeightProfile profile, ScoreCard card, ScoreResult result, String notes) {
    }

    private Checked check(long userId, EvaluationInput input) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate date = input.date() == null ? today : input.date();
        if (date.isAfter(today)) {
            errors.add("date", "date must not be after today (" + today + "), was " + date);
        }
        WeightProfile profile;
        if (input.weights() != null) {
            // One-off weights: named as the investor says, or "Custom".
            String name = input.profile() == null || input.profile().isBlank() ? WeightProfile.CUSTOM_NAME
                    : input.profile().strip();
            profile = errors.check(() -> WeightProfile.parse(name, input.weights()));
        } else {
            profile = errors.check(() -> profiles.resolve(userId, input.profile()));
        }
        ScoreCard card = errors.check(() -> ScoreCard.parse(input.scores()));
        String notes = input.notes() == null || input.notes().isBlank() ? null : input.notes().strip();
        if (notes != null && notes.length() > NOTES_MAX) {
            errors.add("notes", "notes can have at most " + NOTES_MAX + " characters, had " + notes.length());
        }
        errors.throwIfAny();
        return new Checked(date, profile, card, ScoreCalculator.evaluate(card, profile), notes);
    }

    private static void apply(EvaluationEntity entity, Checked checked) {
        entity.evaluatedOn = checked.date();
        entity.profileName = checked.profile().name();
        entity.weightTechnology = checked.profile().weight(Dimension.TECHNOLOGY);
        entity.weightTokenomics = checked.profile().weight(Dimension.TOKENOMICS);
        entity.weightTeam = checked.profile().weight(Dimension.TEAM);
        entity.weightMarket = checked.profile().weight(Dimension.MARKET);
        entity.weightRisk = checked.profile().weight(Dimension.RISK);
        Map<String, BigDecimal> scores = new HashMap<>();
        checked.card().scores().forEach((criterion, points) -> scores.put(criterion.path(), points));
        entity.scores.clear();
        entity.scores.putAll(scores);
        // Truncated, never rounded up: a stored 5.5 must not stand for an exact 5.4999… (a band edge).
        entity.total = checked.result().total().setScale(18, RoundingMode.DOWN);
        entity.recommendation = checked.result().recommendation().name();
        entity.notes = checked.notes();
    }

    private static EvaluationView view(EvaluationEntity entity, EvaluationEntity previous) {
        ScoreCard card = card(entity);
        WeightProfile profile = profile(entity);
        List<Criterion> changed = previous == null ? List.of() : card.changedCriteria(card(previous));
        return new EvaluationView(entity.id, entity.asset.symbol, entity.evaluatedOn, profile, card,
                ScoreCalculator.evaluate(card, profile), entity.notes, entity.createdAt, changed, previous == null);
    }

    /** The evaluation of the same asset just before this one (by date, then by order of saving). */
    private static Optional<EvaluationEntity> previous(EvaluationEntity entity) {
        return EvaluationEntity.<EvaluationEntity>find("""
                        userId = ?1 and asset = ?2 and (evaluatedOn < ?3 or (evaluatedOn = ?3 and id < ?4))
                        order by evaluatedOn desc, id desc""",
                entity.userId, entity.asset, entity.evaluatedOn, entity.id).firstResultOptional();
    }

    private static EvaluationEntity owned(long userId, String symbol, long id) {
        AssetEntity asset = Assets.bySymbol(symbol);
        return EvaluationEntity.<EvaluationEntity>find("userId = ?1 and asset = ?2 and id = ?3", userId, asset, id)
                .firstResultOptional().orElseThrow(() -> new NotFoundException("no evaluation " + id));
    }
}

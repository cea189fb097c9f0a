package app.ballast.web.scoring;

import app.ballast.domain.InvalidValueException;
import app.ballast.domain.Scales;
import app.ballast.domain.scoring.Dimension;
import app.ballast.domain.scoring.WeightProfile;
import app.ballast.web.ledger.InvalidInputException;
import app.ballast.web.ledger.PortfolioService;
import app.ballast.web.persistence.WeightProfileEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A user's weight profiles; the default profile is built in and always there. */
@ApplicationScoped
@Transactional
public class ProfileService {

    @Inject
    PortfolioService portfolios;

    /** A profile as shown and answered: {@code id} is null for the built-in default. */
    public record ProfileView(Long id, String name, Map<String, BigDecimal> weights, boolean builtIn) {
    }

    /** The default profile first, then the saved ones by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProfileView> list(long userId) {
        List<ProfileView> views = new ArrayList<>();
        views.add(view(null, WeightProfile.DEFAULT));
        for (WeightProfileEntity entity : WeightProfileEntity.listOwned(userId)) {
            views.add(view(entity.id, toDomain(entity)));
        }
        return views;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProfileView get(long userId, long id) {
        WeightProfileEntity entity = owned(userId, id);
        return view(entity.id, toDomain(entity));
    }

    /**
     * Saves a new profile. Like every write here it is serialized per user (on their portfolio, before
     * anything is read: under REPEATABLE READ the first read fixes what the transaction sees), so that of two
     * profiles of the same name saved at once the second is refused on its name instead of failing on the key.
     */
    public ProfileView create(long userId, String name, Map<String, BigDecimal> weights) {
        portfolios.lock(userId);
        WeightProfile profile = check(userId, null, name, weights);
        WeightProfileEntity entity = new WeightProfileEntity();
        entity.userId = userId;
        entity.createdAt = Times.now();
        apply(entity, profile);
        entity.persist();
        return view(entity.id, profile);
    }

    public ProfileView update(long userId, long id, String name, Map<String, BigDecimal> weights) {
        portfolios.lock(userId);
        WeightProfileEntity entity = owned(userId, id);
        WeightProfile profile = check(userId, id, name, weights);
        apply(entity, profile);
        return view(entity.id, profile);
    }

    public void delete(long userId, long id) {
        portfolios.lock(userId);
        owned(userId, id).delete();
    }

    /**
     * The profile an evaluation names: blank or "Default" is the built-in default, any other name one of
     * the user's saved profiles (refused on {@code profile} when there is none by that name).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WeightProfile resolve(long userId, String name) {
        if (name == null || name.isBlank() || isDefaultName(name)) {
            return WeightProfile.DEFAULT;
        }
        return WeightProfileEntity.findByName(userId, name.strip()).map(ProfileService::toDomain)
                .orElseThrow(() -> new InvalidValueException("profile", "you have no profile named \""
                        + name.strip() + "\""));
    }

    static WeightProfile toDomain(WeightProfileEntity entity) {
        Map<Dimension, BigDecimal> weights = new EnumMap<>(Dimension.class);
        weights.put(Dimension.TECHNOLOGY, entity.technology);
        weights.put(Dimension.TOKENOMICS, entity.tokenomics);
        weights.put(Dimension.TEAM, entity.team);
        weights.put(Dimension.MARKET, entity.market);
        weights.put(Dimension.RISK, entity.risk);
        return new WeightProfile(entity.name, weights);
    }

    private static WeightProfile check(long userId, Long id, String name, Map<String, BigDecimal> weights) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String trimmed = name == null ? null : name.strip();
        if (trimmed != null && isDefaultName(trimmed)) {
            errors.add("name", "\"" + trimmed + "\" is the built-in profile's name; choose another");
        } else if (trimmed != null && !trimmed.isEmpty()) {
            WeightProfileEntity.findByName(userId, trimmed).filter(other -> !other.id.equals(id))
                    .ifPresent(other -> errors.add("name", "you already have a profile named \"" + trimmed + "\""));
        }
        WeightProfile profile = errors.check(() -> WeightProfile.parse(trimmed, weights));
        errors.throwIfAny();
        return profile;
    }

    private static boolean isDefaultName(String name) {
        return name.strip().equalsIgnoreCase(WeightProfile.DEFAULT.name());
    }

    private static void apply(WeightProfileEntity entity, WeightProfile profile) {
        entity.name = profile.name();
        entity.technology = profile.weight(Dimension.TECHNOLOGY);
        entity.tokenomics = profile.weight(Dimension.TOKENOMICS);
        entity.team = profile.weight(Dimension.TEAM);
        entity.market = profile.weight(Dimension.MARKET);
        entity.risk = profile.weight(Dimension.RISK);
        entity.updatedAt = Times.now();
    }

    private static WeightProfileEntity owned(long userId, long id) {
        return WeightProfileEntity.findOwned(userId, id).orElseThrow(() -> new NotFoundException("no profile " + id));
    }

    static ProfileView view(Long id, WeightProfile profile) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        profile.weightsByKey().forEach((k, v) -> weights.put(k, Scales.compact(v)));
        return new ProfileView(id, profile.name(), weights, id == null);
    }
}

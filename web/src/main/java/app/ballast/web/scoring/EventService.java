package app.ballast.web.scoring;

import app.ballast.web.ledger.InvalidInputException;
import app.ballast.web.persistence.AssetEntity;
import app.ballast.web.persistence.AssetEventEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Events an investor records on an asset (a regulation, a hack, a team change, …). An event after the
 * latest evaluation marks the score for review (STALE_SCORE).
 */
@ApplicationScoped
@Transactional
public class EventService {

    public static final int NOTE_MAX = 10_000;

    /** What kind of event it was. */
    public enum Kind {
        REGULATION, HACK, TEAM_CHANGE, DELISTING, OTHER
    }

    public record EventInput(LocalDate date, String kind, String note) {
    }

    public record EventView(long id, String symbol, LocalDate date, Kind kind, String note, Instant createdAt) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EventView> list(long userId, String symbol) {
        AssetEntity asset = Assets.bySymbol(symbol);
        return AssetEventEntity.<AssetEventEntity>list("userId = ?1 and asset = ?2 order by eventDate desc, id desc",
                userId, asset).stream().map(EventService::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EventView get(long userId, String symbol, long id) {
        return view(owned(userId, symbol, id));
    }

    public EventView create(long userId, String symbol, EventInput input) {
        AssetEntity asset = Assets.bySymbol(symbol);
        AssetEventEntity entity = new AssetEventEntity();
        apply(entity, input);
        entity.userId = userId;
        entity.asset = asset;
        entity.createdAt = Times.now();
        entity.persist();
        return view(entity);
    }

    public EventView update(long userId, String symbol, long id, EventInput input) {
        AssetEventEntity entity = owned(userId, symbol, id);
        apply(entity, input);
        return view(entity);
    }

    public void delete(long userId, String symbol, long id) {
        owned(userId, symbol, id).delete();
    }

    private static void apply(AssetEventEntity entity, EventInput input) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        if (input.date() == null) {
            errors.add("date", "date is required");
        } else if (input.date().isAfter(today)) {
            errors.add("date", "date must not be after today (" + today + "), was " + input.date());
        }
        Kind kind = null;
        String allowed = Arrays.stream(Kind.values()).map(Enum::name).collect(Collectors.joining(", "));
        if (input.kind() == null || input.kind().isBlank()) {
            errors.add("kind", "kind is required: one of " + allowed);
        } else {
            try {
                kind = Kind.valueOf(input.kind().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add("kind", "kind must be one of " + allowed + ", was \"" + input.kind() + "\"");
            }
        }
        String note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
        if (note != null && note.length() > NOTE_MAX) {
            errors.add("note", "note can have at most " + NOTE_MAX + " characters, had " + note.length());
        }
        errors.throwIfAny();
        entity.eventDate = input.date();
        entity.kind = kind.name();
        entity.note = note;
    }

    private static AssetEventEntity owned(long userId, String symbol, long id) {
        AssetEntity asset = Assets.bySymbol(symbol);
        return AssetEventEntity.<AssetEventEntity>find("userId = ?1 and asset = ?2 and id = ?3", userId, asset, id)
                .firstResultOptional().orElseThrow(() -> new NotFoundException("no event " + id));
    }

    private static EventView view(AssetEventEntity entity) {
        return new EventView(entity.id, entity.asset.symbol, entity.eventDate, Kind.valueOf(entity.kind), entity.note,
                entity.createdAt);
    }
}

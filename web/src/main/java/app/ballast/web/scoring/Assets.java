package app.ballast.web.scoring;

import app.ballast.web.persistence.AssetEntity;
import jakarta.ws.rs.NotFoundException;

import java.util.Locale;

/** Finds the reference asset a path or form names; an unknown symbol is simply not found (404). */
public final class Assets {

    private Assets() {
    }

    public static AssetEntity bySymbol(String symbol) {
        String upper = symbol == null ? "" : symbol.strip().toUpperCase(Locale.ROOT);
        return AssetEntity.findBySymbol(upper).orElseThrow(() -> new NotFoundException("no asset " + symbol));
    }
}

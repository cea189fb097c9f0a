package app.ballast.web.demo;

import app.ballast.web.persistence.AssetEntity;
import app.ballast.web.persistence.PricePointEntity;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Writes daily prices in batches; a day already stored for an asset is kept (the unique key decides). */
@ApplicationScoped
public class PriceImporter {

    private static final int BATCH = 2_000;

    @Inject
    AgroalDataSource dataSource;

    @Transactional
    public boolean isEmpty() {
        return PricePointEntity.count() == 0;
    }

    /** Imports every bundled row whose asset is known; all or nothing. Returns the rows written. */
    @Transactional
    public int importBundled(BundledPrices prices) {
        Map<String, Long> assetIds = new HashMap<>();
        for (AssetEntity asset : AssetEntity.<AssetEntity>listAll()) {
            assetIds.put(asset.symbol, asset.id);
        }
        Timestamp now = Timestamp.from(Instant.now());
        int written = 0;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT IGNORE INTO price_point (asset_id, price_date, close, volume_24h, market_cap, source, recorded_at)
                     VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            int pending = 0;
            for (BundledPrices.Row row : prices.rows()) {
                Long assetId = assetIds.get(row.symbol());
                if (assetId == null) {
                    continue;
                }
                insert.setLong(1, assetId);
                insert.setObject(2, row.date());
                insert.setBigDecimal(3, row.close());
                if (row.volume() == null) {
                    insert.setNull(4, Types.DECIMAL);
                } else {
                    insert.setBigDecimal(4, row.volume());
                }
                if (row.marketCap() == null) {
                    insert.setNull(5, Types.DECIMAL);
                } else {
                    insert.setBigDecimal(5, row.marketCap());
                }
                insert.setString(6, row.source());
                insert.setTimestamp(7, now);
                insert.addBatch();
                if (++pending == BATCH) {
                    written += sum(insert.executeBatch());
                    pending = 0;
                }
            }
            if (pending > 0) {
                written += sum(insert.executeBatch());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot import the bundled prices: " + e.getMessage(), e);
        }
        return written;
    }

    private static int sum(int[] counts) {
        int total = 0;
        for (int c : counts) {
            total += c > 0 ? c : (c == java.sql.Statement.SUCCESS_NO_INFO ? 1 : 0);
        }
        return total;
    }
}

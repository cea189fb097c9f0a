package app.ballast.web.market;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import org.eclipse.microprofile.config.ConfigProvider;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * Test assets of their own (prices are shared by every user: a test never moves the reference assets' prices)
 * and the feed stub of the test run.
 */
public final class MarketTestData {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private MarketTestData() {
    }

    /** A new asset with a CoinGecko id of its own; answers it as the feed asks for it. */
    public static FeedAsset asset() {
        int n = COUNTER.incrementAndGet();
        String symbol = "MK" + (System.nanoTime() % 100_000_000L) + n;
        String feedId = "test-coin-" + symbol.toLowerCase();
        update("INSERT INTO asset (symbol, name, tier, sector, stablecoin, price_feed_id) VALUES (?, ?, 'SATELLITE',"
                + " 'Test', FALSE, ?)", symbol, "Test coin " + n, feedId);
        return new FeedAsset(symbol, feedId);
    }

    /** The stub server's admin client. */
    static WireMock stub() {
        int port = ConfigProvider.getConfig().getValue("market-test.stub-port", Integer.class);
        return new WireMock("127.0.0.1", port);
    }

    /** CoinGecko answers this price for the asset, stamped at {@code time}, with supplies. */
    static void coingeckoAnswers(FeedAsset asset, String usd, Instant time) {
        WireMock stub = stub();
        stub.register(get(urlPathEqualTo("/api/v3/simple/price")).withQueryParam("ids", equalTo(asset.feedId()))
                .willReturn(okJson(Recorded.simplePrice(asset.feedId(), usd, time.getEpochSecond()))));
        stub.register(get(urlPathEqualTo("/api/v3/coins/markets")).withQueryParam("ids", equalTo(asset.feedId()))
                .willReturn(okJson("[{\"id\": \"" + asset.feedId() + "\", \"circulating_supply\": 1000000.5,"
                        + " \"total_supply\": 2000000}]")));
    }

    /** CoinGecko answers this to the asset's price request (an error, say). */
    static void coingeckoAnswers(FeedAsset asset, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer) {
        stub().register(get(urlPathEqualTo("/api/v3/simple/price")).withQueryParam("ids", equalTo(asset.feedId()))
                .willReturn(answer));
    }

    /** The stored close of the asset on the day: close, source, recorded_at. */
    record Close(BigDecimal close, String source, Instant recordedAt) {
    }

    static Optional<Close> close(String symbol, LocalDate day) {
        try (Connection c = dataSource().getConnection();
             PreparedStatement q = c.prepareStatement("""
                     SELECT p.close, p.source, p.recorded_at FROM price_point p JOIN asset a ON a.id = p.asset_id
                     WHERE a.symbol = ? AND p.price_date = ?""")) {
            q.setString(1, symbol);
            q.setObject(2, day);
            try (ResultSet r = q.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Close(r.getBigDecimal(1), r.getString(2),
                        r.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long count(String sql, Object... parameters) {
        try (Connection c = dataSource().getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void update(String sql, Object... parameters) {
        try (Connection c = dataSource().getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i]);
            }
            q.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AgroalDataSource dataSource() {
        return Arc.container().instance(AgroalDataSource.class).get();
    }
}

package app.ballast.web.market;

/** An asset to ask a feed about: its Ballast symbol and the feed's id for it (asset.price_feed_id). */
public record FeedAsset(String symbol, String feedId) {
}

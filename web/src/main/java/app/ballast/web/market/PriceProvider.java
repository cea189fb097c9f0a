package app.ballast.web.market;

import java.util.List;
import java.util.Map;

/** A feed Ballast asks for current prices (CoinGecko; another exchange's API would be another one). */
public interface PriceProvider {

    /** The name kept as the prices' source and shown on the prices page. */
    String name();

    /**
     * The current quotes of the assets. An asset the feed has no usable price for is answered in
     * {@link Answer#missing()} with the reason; only a failure of the whole request throws.
     */
    Answer fetch(List<FeedAsset> assets) throws FeedException;

    /**
     * @param missing symbol → why there is no quote (unknown coin, no USD price)
     * @param notes   what else went wrong without costing the prices (supplies unavailable, say)
     */
    record Answer(List<MarketQuote> quotes, Map<String, String> missing, List<String> notes) {
        public Answer {
            quotes = List.copyOf(quotes);
            missing = Map.copyOf(missing);
            notes = List.copyOf(notes);
        }
    }
}

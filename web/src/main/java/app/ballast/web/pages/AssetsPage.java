package app.ballast.web.pages;

import app.ballast.domain.Quote;
import app.ballast.web.ledger.LedgerRepository;
import app.ballast.web.persistence.AssetEntity;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Map;

/** The shared list of assets with their latest price. */
@Path("/assets")
@Produces(MediaType.TEXT_HTML)
public class AssetsPage {

    public record AssetRow(AssetEntity asset, Quote quote) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance assets(List<AssetRow> assets);
    }

    @Inject
    LedgerRepository repository;

    @GET
    @Transactional
    public TemplateInstance assets() {
        Map<String, Quote> quotes = repository.latestQuotes();
        List<AssetRow> rows = AssetEntity.<AssetEntity>list("order by tier, symbol").stream()
                .map(a -> new AssetRow(a, quotes.get(a.symbol))).toList();
        return Templates.assets(rows);
    }
}

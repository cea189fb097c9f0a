package app.ballast.web.api;

import app.ballast.domain.Warning;
import app.ballast.web.scoring.WarningService;
import app.ballast.web.security.CurrentUser;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The asset warning rules over what the caller stored about one asset, the market's sentiment included. */
@Path("/api/assets/{symbol}/warnings")
@Produces(MediaType.APPLICATION_JSON)
public class AssetWarningsResource {

    @Inject
    WarningService warnings;

    @Inject
    CurrentUser user;

    @GET
    public List<Warning> list(@PathParam("symbol") String symbol) {
        return warnings.forAsset(user.id(), symbol);
    }
}

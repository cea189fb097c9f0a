package app.ballast.web.pages;

import app.ballast.domain.Warning;
import app.ballast.scoring.WarningThresholds;
import app.ballast.web.scoring.WarningService;
import app.ballast.web.security.CurrentUser;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The asset warnings of every asset the investor holds or follows, most severe first, with their thresholds. */
@Path("/warnings")
@Produces(MediaType.TEXT_HTML)
public class WarningsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance warnings(List<Warning> warnings, List<String> symbols, WarningThresholds thresholds);
    }

    @Inject
    WarningService warnings;

    @Inject
    CurrentUser user;

    @GET
    @Transactional
    public TemplateInstance list() {
        return Templates.warnings(warnings.forAllAssets(user.id()), warnings.symbols(user.id()), warnings.thresholds());
    }
}

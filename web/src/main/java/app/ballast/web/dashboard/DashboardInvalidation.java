package app.ballast.web.dashboard;

import app.ballast.web.security.CurrentUser;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

import java.util.Set;

/**
 * Forgets the signed-in user's dashboard after any request of theirs that may have written something (every
 * method but GET, HEAD and OPTIONS, pages and API alike, whatever its answer): a new policy, a DCA plan, a stop,
 * a decided suggestion show on the very next dashboard. Writes to the ledger also bump its version, which the
 * dashboard checks on its own.
 */
@Provider
public class DashboardInvalidation implements ContainerResponseFilter {

    private static final Set<String> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @Inject
    DashboardModel model;

    @Inject
    SecurityIdentity identity;

    @Inject
    CurrentUser user;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (SAFE.contains(request.getMethod()) || identity.isAnonymous() || identity.getAttribute("userId") == null) {
            return;
        }
        model.forget(user.id());
    }
}

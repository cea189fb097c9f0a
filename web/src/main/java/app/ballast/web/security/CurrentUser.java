package app.ballast.web.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The signed-in user of this request: every query of personal data is filtered by {@link #id()}. */
@RequestScoped
@Named("currentUser")
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    public long id() {
        Long id = identity.getAttribute("userId");
        if (id == null) {
            throw new IllegalStateException("no signed-in user in this request");
        }
        return id;
    }

    public String username() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    public boolean isAdmin() {
        return identity.hasRole("admin");
    }
}

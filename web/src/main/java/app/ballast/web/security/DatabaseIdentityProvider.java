package app.ballast.web.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

/** Signs users in with a user name and password (the sign-in form and HTTP Basic). */
@ApplicationScoped
public class DatabaseIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    @Inject
    UserDirectory users;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        return context.runBlocking(() -> check(request));
    }

    @ActivateRequestContext
    SecurityIdentity check(UsernamePasswordAuthenticationRequest request) {
        return users.verify(request.getUsername(), request.getPassword().getPassword())
                .map(Identities::of)
                .orElseThrow(() -> new AuthenticationFailedException("wrong user name or password"));
    }

    /** Builds the identity with the roles Ballast uses: every user is "user", the first one also "admin". */
    static final class Identities {
        private Identities() {
        }

        static SecurityIdentity of(UserDirectory.SignedInUser user) {
            QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(user.username()))
                    .addRole("user")
                    .addAttribute("userId", user.id());
            if (user.admin()) {
                builder.addRole("admin");
            }
            return builder.build();
        }
    }
}

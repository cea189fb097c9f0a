package app.ballast.web.api;

import app.ballast.web.policy.PolicyInput;
import app.ballast.web.policy.PolicyService;
import app.ballast.web.security.CurrentUser;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The portfolio's written policy: read it (the defaults until saved) and replace it. */
@Path("/api/policy")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PolicyResource {

    @Inject
    PolicyService policies;

    @Inject
    CurrentUser user;

    @GET
    public PolicyJson get() {
        return PolicyJson.of(policies.get(user.id()));
    }

    /** A field left out takes its default value. */
    @PUT
    public PolicyJson update(PolicyInput input) {
        return PolicyJson.of(policies.update(user.id(), TransactionResource.requireBody(input)));
    }
}

package app.ballast.web.api;

import app.ballast.web.ledger.UserService;
import app.ballast.web.persistence.UserEntity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Sign-up without authentication, while the setting ballast.signup.enabled is on. */
@Path("/api/signup")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SignupResource {

    @Inject
    UserService users;

    public record SignupInput(String username, String password) {
    }

    public record SignedUp(long id, String username) {
    }

    @POST
    public Response signUp(SignupInput input) {
        SignupInput in = TransactionResource.requireBody(input);
        UserEntity user = users.signUp(in.username(), in.password());
        return Response.status(Response.Status.CREATED).entity(new SignedUp(user.id, user.username)).build();
    }
}

package app.ballast.web.api;

import app.ballast.web.policy.SuggestionClosedException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A suggestion already decided the other way answers 409 in the errors shape. */
public class PolicyErrorMappers {

    @ServerExceptionMapper
    public Response suggestionClosed(SuggestionClosedException e) {
        return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorResponse.of("status", e.getMessage())).build();
    }
}

package app.ballast.web.api;

import app.ballast.domain.InvalidValueException;
import app.ballast.web.ledger.InvalidInputException;
import app.ballast.web.ledger.UserService;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;


/** Turns refused input into {@code 400 {"errors": [...]}} and missing things into 404, with the same shape. */
public class ApiErrorMappers {

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e) {
        return json(Response.Status.BAD_REQUEST, new ErrorResponse(e.errors()));
    }

    @ServerExceptionMapper
    public Response invalidValue(InvalidValueException e) {
        return json(Response.Status.BAD_REQUEST, new ErrorResponse(InvalidInputException.of(e).errors()));
    }

    @ServerExceptionMapper
    public Response signupClosed(UserService.SignupClosedException e) {
        return json(Response.Status.FORBIDDEN, ErrorResponse.of("signup", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return json(Response.Status.NOT_FOUND, ErrorResponse.of("id", e.getMessage() == null ? "not found" : e.getMessage()));
    }

    /** A value of the wrong kind (text where a number belongs): Quarkus' own mapper would answer in its shape. */
    @ServerExceptionMapper
    public Response wrongKind(MismatchedInputException e) {
        return malformedJson(e);
    }

    /** Quarkus' JSON reader wraps a parse error in a bare 400; answer it in our shape. */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return malformedJson(json);
            }
        }
        return e.getResponse();
    }

    /** Malformed JSON, or a value of the wrong kind (text where a number belongs). */
    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        String field = "body";
        String message;
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            // The same path notation as the value checks use: buckets[0].share
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference r : mapping.getPath()) {
                if (r.getFieldName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(r.getFieldName());
                } else {
                    path.append('[').append(r.getIndex()).append(']');
                }
            }
            field = path.toString();
            message = field + " has a value of the wrong kind: " + e.getOriginalMessage();
        } else {
            message = "malformed JSON: " + e.getOriginalMessage();
        }
        return json(Response.Status.BAD_REQUEST, ErrorResponse.of(field, message));
    }

    private static Response json(Response.Status status, ErrorResponse body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}

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

    /** Malformed JSON, a value of the wrong kind (text where a number belongs), or a number out of range. */
    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        String field = "body";
        String message;
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = path(mapping);
            message = field + " has a value of the wrong kind: " + e.getOriginalMessage();
        } else {
            message = "malformed JSON: " + e.getOriginalMessage();
        }
        if (e instanceof JsonSettings.AmountOutOfRangeException) {
            message = field + " " + e.getOriginalMessage();
        }
        return json(Response.Status.BAD_REQUEST, ErrorResponse.of(field, message));
    }

    /** The value's JSON path in the notation the value checks use: {@code buckets[0].share}. */
    static String path(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : mapping.getPath()) {
            if (r.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(r.getFieldName());
            } else {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static Response json(Response.Status status, ErrorResponse body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}

package app.ballast.web.api;

import app.ballast.web.ledger.FieldError;

import java.util.List;

/** The body of every 4xx answer of the API: {@code {"errors": [{"field", "message"}]}}. */
public record ErrorResponse(List<FieldError> errors) {

    public static ErrorResponse of(String field, String message) {
        return new ErrorResponse(List.of(new FieldError(field, message)));
    }
}

package app.ballast.web.ledger;

/** One problem with the input, named by the field the investor has to correct. */
public record FieldError(String field, String message) {
}

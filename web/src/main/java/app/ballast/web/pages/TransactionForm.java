package app.ballast.web.pages;

import app.ballast.web.i18n.PageMessages;
import app.ballast.web.ledger.InvalidInputException;
import app.ballast.web.ledger.TransactionInput;
import app.ballast.web.ledger.TransactionView;
import org.jboss.resteasy.reactive.RestForm;

import java.math.BigDecimal;

/** The transaction form's fields as typed, so that a refused form comes back as the investor left it. */
public class TransactionForm {

    private static final java.util.regex.Pattern GROUPED = java.util.regex.Pattern.compile("^-?\\d{1,3}(,\\d{3})+(\\.\\d+)?$");

    @RestForm
    public String type;
    @RestForm
    public String symbol;
    @RestForm
    public String account;
    @RestForm
    public String toAccount;
    @RestForm
    public String quantity;
    @RestForm
    public String price;
    @RestForm
    public String fee;
    @RestForm
    public String feeAsset;
    @RestForm
    public String time;
    @RestForm
    public String note;

    public static TransactionForm empty() {
        TransactionForm form = new TransactionForm();
        form.type = "BUY";
        form.feeAsset = "USD";
        return form;
    }

    public static TransactionForm of(TransactionView t) {
        TransactionForm form = new TransactionForm();
        form.type = t.type().name();
        form.symbol = t.symbol();
        form.account = t.account();
        form.toAccount = t.toAccount();
        form.quantity = Formats.plain(t.quantity());
        form.price = Formats.plain(t.price());
        form.fee = Formats.plain(t.fee());
        form.feeAsset = t.feeAsset() == null ? "USD" : t.feeAsset();
        form.time = Formats.inputTime(t.time());
        form.note = t.note();
        return form;
    }

    /** The input for the ledger; numbers that are not numbers are refused here, naming the field. */
    public TransactionInput toInput() {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        BigDecimal q = number("quantity", quantity, errors);
        BigDecimal p = number("price", price, errors);
        BigDecimal f = number("fee", fee, errors);
        errors.throwIfAny();
        String when = time == null || time.isBlank() ? null : time.strip();
        return new TransactionInput(type, symbol, account, "TRANSFER".equals(type) ? toAccount : null,
                q, p, f, f == null ? null : feeAsset, when, note);
    }

    private static BigDecimal number(String field, String text, InvalidInputException.Collector errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.contains(",")) {
            // Commas only as thousands separators: "0,5" must not become 5.
            if (!GROUPED.matcher(value).matches()) {
                errors.add(field, PageMessages.current().form_not_a_number(field, text));
                return null;
            }
            value = value.replace(",", "");
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            errors.add(field, PageMessages.current().form_not_a_number_plain(field, text));
            return null;
        }
    }

    public String value(String field) {
        String v = switch (field) {
            case "type" -> type;
            case "symbol" -> symbol;
            case "account" -> account;
            case "toAccount" -> toAccount;
            case "quantity" -> quantity;
            case "price" -> price;
            case "fee" -> fee;
            case "feeAsset" -> feeAsset;
            case "time" -> time;
            case "note" -> note;
            default -> null;
        };
        return v == null ? "" : v;
    }
}

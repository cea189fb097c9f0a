package app.ballast.web.scoring;

import java.math.BigDecimal;

/**
 * How large a figure typed into a scoring form, a CSV cell or a JSON body may be, judged before any arithmetic
 * on it. {@code 1e999999999} is ten characters, but stripping, rescaling or dividing it works on a billion
 * digits (rescaling 1e50000000 took 53 s), and reading a 60,000-digit text is slow too: both are refused
 * from what is cheap to know, the length of the text and the value's precision and scale.
 */
public final class Figures {

    /**
     * The longest text read as a number: a DECIMAL(38,18) value needs at most 40 characters, the rest leaves
     * room for trailing zeros and an exponent.
     */
    public static final int MAX_TEXT_LENGTH = 100;

    private Figures() {
    }

    /** Whether {@code text} (stripped) is too long to be read as a number. */
    public static boolean tooLong(String text) {
        return text.length() > MAX_TEXT_LENGTH;
    }

    /** What is wrong with a text that is {@link #tooLong}, after the field's name: "must be a number of …". */
    public static String tooLongMessage(String text) {
        return "must be a number of at most " + MAX_TEXT_LENGTH + " characters, had " + text.length();
    }

    /**
     * Whether {@code value} has more than {@code integerDigits} digits before the decimal point, from its
     * precision and scale alone (never by writing it out). Zero, whatever its scale, has none.
     */
    public static boolean tooManyIntegerDigits(BigDecimal value, int integerDigits) {
        return value.signum() != 0 && (long) value.precision() - value.scale() > integerDigits;
    }
}

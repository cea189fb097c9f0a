package app.ballast.domain.policy;

import app.ballast.domain.InvalidValuesException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FieldPathTest {

    @Test
    void refusedFieldsAreReportedUnderThePathOfTheirObject() {
        InvalidValuesException e = assertThrows(InvalidValuesException.class, () -> FieldPath.within("trailingStop",
                () -> new TrailingStop(BigDecimal.TEN, BigDecimal.TEN)));

        assertEquals(List.of("trailingStop.trail", "trailingStop.sellFraction"),
                e.problems().stream().map(InvalidValuesException.Problem::field).toList());
    }

    @Test
    void aValidValueIsReturnedAsItIs() {
        assertEquals(PriceGuard.DEFAULT, FieldPath.within("guard", () -> PriceGuard.DEFAULT));
    }
}

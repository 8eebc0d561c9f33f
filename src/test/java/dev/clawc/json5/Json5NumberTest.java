package dev.clawc.json5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.SourceFile;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Json5NumberTest {

    private static Json5Number number(String text) {
        SourceFile file = new SourceFile("n", text);
        return new Json5Number(file.span(0, text.length()), text, List.of());
    }

    @ParameterizedTest
    @CsvSource({
        "1, 1", "+1, 1", "-1, -1", ".5, 0.5", "-.5, -0.5", "5., 5", "5.e3, 5e3", "0x10, 16", "-0xff, -255",
        "1e-7, 1e-7", "-0, -0", "0.0, 0.0", "99999999999999999999, 99999999999999999999"
    })
    void convertsToExactStrictJson(String json5, String json) {
        assertEquals(json, number(json5).toJson());
    }

    @ParameterizedTest
    @CsvSource({"Infinity", "-Infinity", "+Infinity", "NaN", "-NaN", "1e400", "-1e999999999", "1e2147483648"})
    void nonFiniteNumbersHaveNoJsonForm(String text) {
        Json5Number n = number(text);
        assertFalse(n.isFinite());
        assertThrows(ArithmeticException.class, n::toJson);
    }

    @ParameterizedTest
    @CsvSource({"1, true", "1.0, true", "1e3, true", "0x10, true", "1.5, false", "2e-1, false"})
    void knowsWholeNumbers(String text, boolean integral) {
        assertEquals(integral, number(text).isIntegral());
    }

    @ParameterizedTest
    @CsvSource({"0x1F, 31.0", "-Infinity, -Infinity", "2.5e2, 250.0"})
    void convertsToDouble(String text, double expected) {
        assertEquals(expected, number(text).doubleValue());
        assertTrue(Double.isNaN(number("NaN").doubleValue()));
    }

    /** Issue 15: exponents far beyond a double's range are read as JSON5 reads them, without huge BigIntegers. */
    @ParameterizedTest
    @CsvSource({"1e-2147483649", "0e999999999", "-1e-999999999"})
    void underflowingLiteralsAreZeroWithoutMaterialisingThePower(String text) {
        Json5Number n = number(text);
        assertTrue(n.isFinite());
        assertEquals(0, n.decimalValue().signum());
        assertTrue(n.isIntegral());
    }
}

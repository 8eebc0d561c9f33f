package dev.clawc.json5;

import dev.clawc.diag.Span;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * A number literal, kept as its source text so that nothing is lost: hex stays hex, big integers
 * keep every digit, {@code -0} keeps its sign. Conversions are computed from the text on demand.
 */
public record Json5Number(Span span, String text, List<Comment> comments) implements Json5Value {

    @Override
    public String kind() {
        return "number";
    }

    public boolean isNaN() {
        return text.endsWith("NaN");
    }

    /**
     * True for {@code Infinity} and for a decimal literal too large for a double ({@code 1e400}):
     * JSON5, like JavaScript, reads such a literal as Infinity.
     */
    public boolean isInfinite() {
        if (text.length() < 300 && text.indexOf('e') < 0 && text.indexOf('E') < 0 && !text.endsWith("Infinity")) {
            return false; // fewer than 309 digits before the point and no exponent: within a double's range
        }
        return text.endsWith("Infinity") || !isHex() && Double.isInfinite(Double.parseDouble(text));
    }

    public boolean isFinite() {
        return !isNaN() && !isInfinite();
    }

    public boolean isNegative() {
        return text.startsWith("-");
    }

    public boolean isHex() {
        String digits = unsigned();
        return digits.length() > 1 && (digits.charAt(1) == 'x' || digits.charAt(1) == 'X');
    }

    /** The exact value; only for finite numbers. */
    public BigDecimal decimalValue() {
        if (!isFinite()) {
            throw new ArithmeticException(text + " has no decimal value");
        }
        String digits = unsigned();
        if (!isHex() && hugeExponent(digits) && Double.parseDouble(digits) == 0.0) {
            // finite with an exponent far outside a double's range: the literal underflows to 0 (as JSON5
            // reads it), and materialising 10^999999999 as a BigDecimal would take minutes or overflow
            return BigDecimal.ZERO;
        }
        BigDecimal magnitude = isHex()
                ? new BigDecimal(new BigInteger(digits.substring(2), 16))
                : new BigDecimal(digits.startsWith(".") ? "0" + digits : digits);
        return isNegative() ? magnitude.negate() : magnitude;
    }

    public double doubleValue() {
        if (isNaN()) {
            return Double.NaN;
        }
        if (isInfinite()) {
            return isNegative() ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return isHex() ? decimalValue().doubleValue() : Double.parseDouble(text);
    }

    /** True when the value is a whole number (1, 1.0, 1e3, 0x10). */
    public boolean isIntegral() {
        if (!isFinite()) {
            return false;
        }
        BigDecimal value = decimalValue();
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    /**
     * The same number as strict JSON text, exact: a leading {@code +} dropped, {@code .5} and
     * {@code 5.} completed, hex written in decimal; {@code -0} and big integers unchanged.
     * Only for finite numbers (JSON has no form for Infinity or NaN).
     */
    public String toJson() {
        if (!isFinite()) {
            throw new ArithmeticException(text + " has no JSON form");
        }
        String sign = isNegative() ? "-" : "";
        String digits = unsigned();
        if (isHex()) {
            return sign + new BigInteger(digits.substring(2), 16);
        }
        int exponentAt = indexOfExponent(digits);
        String mantissa = exponentAt < 0 ? digits : digits.substring(0, exponentAt);
        String exponent = exponentAt < 0 ? "" : digits.substring(exponentAt);
        if (mantissa.startsWith(".")) {
            mantissa = "0" + mantissa;
        }
        if (mantissa.endsWith(".")) {
            mantissa = mantissa.substring(0, mantissa.length() - 1);
        }
        return sign + mantissa + exponent;
    }

    private String unsigned() {
        char first = text.charAt(0);
        return first == '+' || first == '-' ? text.substring(1) : text;
    }

    /** An exponent beyond +-1000 (only reached for zero or underflowing literals once infinities are excluded). */
    private static boolean hugeExponent(String digits) {
        int at = indexOfExponent(digits);
        if (at < 0) {
            return false;
        }
        String exponent = digits.substring(at + 1);
        if (exponent.startsWith("+") || exponent.startsWith("-")) {
            exponent = exponent.substring(1);
        }
        int significant = 0;
        while (significant < exponent.length() - 1 && exponent.charAt(significant) == '0') {
            significant++;
        }
        return exponent.length() - significant > 3;
    }

    private static int indexOfExponent(String digits) {
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c == 'e' || c == 'E') {
                return i;
            }
        }
        return -1;
    }
}

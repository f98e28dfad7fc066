package org.hyperlab.report.text;

import java.util.Locale;

/**
 * How numbers are written in figures and report sentences: locale-independent, a real minus sign (U+2212),
 * integers without a decimal point, NaN and infinities spelled out.
 */
public final class Numbers {
    private Numbers() {
    }

    /** Four significant digits, trailing zeros dropped; scientific notation for very large or small values. */
    public static String compact(double v) {
        return significant(v, 4);
    }

    /** {@code digits} significant digits, trailing zeros dropped (1e-4 → "1e−4", 0.000519 → "0.000519"). */
    public static String significant(double v, int digits) {
        if (!Double.isFinite(v)) {
            return special(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e7) {
            return minus(Long.toString((long) v));
        }
        double a = Math.abs(v);
        String s;
        if (a != 0 && (a < 1e-4 || a >= 1e7)) {
            s = String.format(Locale.ROOT, "%." + (digits - 1) + "e", v);
            String mantissa = trimZeros(s.substring(0, s.indexOf('e')));
            int exponent = Integer.parseInt(s.substring(s.indexOf('e') + 1));
            s = mantissa + "e" + exponent;
        } else {
            s = trimZeros(new java.math.BigDecimal(v).round(new java.math.MathContext(digits)).toPlainString());
        }
        return minus(s);
    }

    /** Exactly {@code decimals} digits after the point ("2.9999", "−2.2500"). */
    public static String fixed(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return special(v);
        }
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        if (s.matches("-0\\.?0*")) {
            s = s.substring(1); // no "−0.0000"
        }
        return minus(s);
    }

    /** A fraction as a percentage with {@code decimals} digits ("92.61%"). */
    public static String percent(double fraction, int decimals) {
        return fixed(100 * fraction, decimals) + "%";
    }

    private static String trimZeros(String s) {
        if (!s.contains(".")) {
            return s;
        }
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static String minus(String s) {
        return s.replace('-', '\u2212');
    }

    private static String special(double v) {
        return Double.isNaN(v) ? "NaN" : v > 0 ? "∞" : "−∞";
    }
}

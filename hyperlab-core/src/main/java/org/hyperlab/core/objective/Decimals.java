package org.hyperlab.core.objective;

import java.util.Locale;

/** Short decimal text for sentences: up to {@code digits} significant digits, trailing zeros dropped. */
final class Decimals {
    private Decimals() {
    }

    static String of(double v, int digits) {
        if (v == 0.0) {
            return "0";
        }
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        String s = String.format(Locale.ROOT, "%." + digits + "g", v);
        String mantissa = s;
        String exponent = "";
        int e = s.indexOf('e');
        if (e >= 0) {
            mantissa = s.substring(0, e);
            exponent = s.substring(e).replace("e+0", "e").replace("e-0", "e-").replace("e+", "e");
        }
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceFirst("0+$", "").replaceFirst("\\.$", "");
        }
        return mantissa + exponent;
    }

    static String of(double v) {
        return of(v, 6);
    }
}

package org.hyperlab.core.objective;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The greatest common divisor of two polynomials with rational coefficients by the primitive pseudo-remainder
 * sequence: both are scaled to integer coefficients, and Euclid's algorithm runs on pseudo-remainders
 * (lc(v)^(deg u − deg v + 1)·u mod v, exact over the integers), each divided by its content (the gcd of its
 * coefficients). The gcd is the same as over the rationals up to a constant factor, while the coefficients stay
 * about as large as the inputs' instead of growing exponentially from step to step, as rational remainders do
 * (a degree-16 objective with nine-digit coefficients took minutes that way).
 */
final class PrimitiveGcd {
    private PrimitiveGcd() {
    }

    /** gcd(a, b) up to a constant factor, as integer coefficients (ascending powers); empty when both are zero. */
    static BigInteger[] of(Polynomial a, Polynomial b) {
        BigInteger[] u = primitive(integer(a));
        BigInteger[] v = primitive(integer(b));
        if (u.length < v.length) {
            BigInteger[] t = u;
            u = v;
            v = t;
        }
        while (v.length > 0) {
            BigInteger[] r = primitive(pseudoRemainder(u, v));
            u = v;
            v = r;
        }
        return u;
    }

    private static BigInteger[] integer(Polynomial p) {
        return p.isZero() ? new BigInteger[0] : RealRoots.integerCoefficients(p);
    }

    /** lc(v)^k·u reduced by v until its degree is below v's, over the integers. */
    private static BigInteger[] pseudoRemainder(BigInteger[] u, BigInteger[] v) {
        BigInteger lead = v[v.length - 1];
        BigInteger[] r = u.clone();
        int n = r.length;
        while (n >= v.length) {
            BigInteger c = r[n - 1];
            int shift = n - v.length;
            for (int i = 0; i < n; i++) {
                r[i] = r[i].multiply(lead);
            }
            for (int i = 0; i < v.length; i++) {
                r[i + shift] = r[i + shift].subtract(c.multiply(v[i]));
            }
            n = trimmed(r, n - 1);
        }
        return Arrays.copyOf(r, n);
    }

    /** The length without leading zero coefficients, looking at the first {@code n}. */
    private static int trimmed(BigInteger[] c, int n) {
        while (n > 0 && c[n - 1].signum() == 0) {
            n--;
        }
        return n;
    }

    /** The coefficients divided by their gcd, without leading zeros. */
    private static BigInteger[] primitive(BigInteger[] c) {
        int n = trimmed(c, c.length);
        BigInteger content = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            content = content.gcd(c[i]);
        }
        BigInteger[] out = new BigInteger[n];
        for (int i = 0; i < n; i++) {
            out[i] = c[i].divide(content);
        }
        return out;
    }
}

package org.hyperlab.core.objective;

import java.math.BigDecimal;
import java.util.function.Supplier;

/**
 * Parses a polynomial in the weight {@code w} and the data point {@code x} with exact rational coefficients,
 * e.g. {@code 1/4*(x*w)^4 - 4/3*(x*w)^3 + 3/2*(x*w)^2}.
 *
 * <pre>
 * expression := term (('+' | '-') term)*
 * term       := unary (('*' | '/') unary | primary)*      (juxtaposition multiplies: 2w, 1/4(x*w)^4)
 * unary      := ('-' | '+') unary | power
 * power      := primary (('^' | '**') integer)?            (a non-negative integer exponent, at most 64)
 * primary    := number | 'w' | 'x' | '(' expression ')'
 * number     := digits ['.' digits] [('e' | 'E') ['+' | '-'] digits]   (read exactly: 0.1 is 1/10)
 * </pre>
 * Division is allowed by non-zero constants only (the result must stay a polynomial). Errors are
 * {@link ExpressionSyntaxException}s naming the 1-based column.
 *
 * <p>Limits, so that any text is parsed and analyzed in well under a second: at most {@link #MAX_LENGTH}
 * characters, parentheses and signs nested at most {@link #MAX_DEPTH} deep, and a degree of at most
 * {@link #MAX_DEGREE} in w and in x (the exact analysis finds every real critical point with rational arithmetic,
 * whose cost grows steeply with the degree).
 */
public final class ExpressionParser {
    /** The largest exponent accepted (of a constant; a power of w or x is also bounded by {@link #MAX_DEGREE}). */
    public static final int MAX_EXPONENT = 64;
    /** The longest expression accepted, in characters. */
    public static final int MAX_LENGTH = 10_000;
    /** The deepest nesting of parentheses and unary signs accepted. */
    public static final int MAX_DEPTH = 100;
    /** The highest power of w, and of x, a term may have. */
    public static final int MAX_DEGREE = 16;

    private final String text;
    private int pos;
    private int depth;

    private ExpressionParser(String text) {
        this.text = text;
    }

    /** Parses {@code text} into an exact polynomial in x and w. */
    public static XwPolynomial parse(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new ExpressionSyntaxException("the expression has " + text.length() + " characters, at most "
                    + MAX_LENGTH + " are accepted", MAX_LENGTH + 1);
        }
        ExpressionParser p = new ExpressionParser(text);
        p.skipSpaces();
        if (p.atEnd()) {
            throw new ExpressionSyntaxException("expected an expression", p.column());
        }
        XwPolynomial result = p.expression();
        p.skipSpaces();
        if (!p.atEnd()) {
            char c = p.text.charAt(p.pos);
            throw new ExpressionSyntaxException(c == ')' ? "unmatched ')'" : "unexpected '" + c + "'", p.column());
        }
        return result;
    }

    private XwPolynomial expression() {
        XwPolynomial acc = term();
        while (true) {
            skipSpaces();
            if (accept('+')) {
                acc = acc.add(term());
            } else if (accept('-')) {
                acc = acc.subtract(term());
            } else {
                return acc;
            }
        }
    }

    private XwPolynomial term() {
        XwPolynomial acc = unary();
        while (true) {
            skipSpaces();
            int at = column();
            if (accept('*')) {
                acc = withinDegree(acc.multiply(unary()), at);
            } else if (accept('/')) {
                skipSpaces();
                int divisorColumn = column();
                XwPolynomial divisor = unary();
                if (!divisor.isConstant()) {
                    throw new ExpressionSyntaxException(
                            "can only divide by a constant (the objective must be a polynomial in w and x)", divisorColumn);
                }
                if (divisor.constantTerm().signum() == 0) {
                    throw new ExpressionSyntaxException("division by zero", at);
                }
                acc = acc.scale(Rational.ONE.divide(divisor.constantTerm()));
            } else if (!atEnd() && startsPrimary(text.charAt(pos))) {
                acc = withinDegree(acc.multiply(power()), at);
            } else {
                return acc;
            }
        }
    }

    private XwPolynomial unary() {
        skipSpaces();
        if (accept('-')) {
            return nested(() -> unary().negate());
        }
        if (accept('+')) {
            return nested(this::unary);
        }
        return power();
    }

    private XwPolynomial power() {
        XwPolynomial base = primary();
        skipSpaces();
        if (accept('^') || acceptText("**")) {
            skipSpaces();
            int at = column();
            if (atEnd() || !Character.isDigit(text.charAt(pos))) {
                throw new ExpressionSyntaxException("expected a non-negative integer exponent", at);
            }
            int start = pos;
            while (!atEnd() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            if (!atEnd() && (text.charAt(pos) == '.' || text.charAt(pos) == '^')) {
                throw new ExpressionSyntaxException("expected a non-negative integer exponent", at);
            }
            String digits = text.substring(start, pos);
            if (digits.length() > 3 || Integer.parseInt(digits) > MAX_EXPONENT) {
                throw new ExpressionSyntaxException("exponent " + digits + " is too large (at most " + MAX_EXPONENT + ")", at);
            }
            int exponent = Integer.parseInt(digits);
            if ((long) maxPower(base) * exponent > MAX_DEGREE) {
                throw new ExpressionSyntaxException("the degree would exceed " + MAX_DEGREE + " (the most the exact "
                        + "analysis of critical points handles quickly)", at);
            }
            return base.pow(exponent);
        }
        return base;
    }

    private XwPolynomial primary() {
        skipSpaces();
        int at = column();
        if (atEnd()) {
            throw new ExpressionSyntaxException("expected a number, w, x or '('", at);
        }
        char c = text.charAt(pos);
        if (c == '(') {
            pos++;
            skipSpaces();
            if (accept(')')) {
                throw new ExpressionSyntaxException("expected an expression inside '()'", column() - 1);
            }
            XwPolynomial inner = nested(this::expression);
            skipSpaces();
            if (!accept(')')) {
                throw new ExpressionSyntaxException("expected ')'", column());
            }
            return inner;
        }
        if (Character.isDigit(c) || c == '.') {
            return XwPolynomial.constant(number());
        }
        if (Character.isLetter(c)) {
            int start = pos;
            while (!atEnd() && Character.isLetterOrDigit(text.charAt(pos))) {
                pos++;
            }
            String name = text.substring(start, pos);
            if (name.equals("w")) {
                return XwPolynomial.w();
            }
            if (name.equals("x")) {
                return XwPolynomial.x();
            }
            throw new ExpressionSyntaxException("unknown name '" + name + "' (the objective may use w and x)", at);
        }
        throw new ExpressionSyntaxException("expected a number, w, x or '(' but found '" + c + "'", at);
    }

    /** Runs one level of nesting, refusing the level past {@link #MAX_DEPTH} before it recurses. */
    private XwPolynomial nested(Supplier<XwPolynomial> level) {
        if (++depth > MAX_DEPTH) {
            throw new ExpressionSyntaxException("parentheses and signs are nested more than " + MAX_DEPTH + " deep",
                    column());
        }
        try {
            return level.get();
        } finally {
            depth--;
        }
    }

    /** The highest power of w or x in any term (0 for a constant). */
    private static int maxPower(XwPolynomial p) {
        int max = 0;
        for (XwPolynomial.Powers powers : p.terms().keySet()) {
            max = Math.max(max, Math.max(powers.x(), powers.w()));
        }
        return max;
    }

    private static XwPolynomial withinDegree(XwPolynomial product, int at) {
        if (maxPower(product) > MAX_DEGREE) {
            throw new ExpressionSyntaxException("the degree exceeds " + MAX_DEGREE + " (the most the exact analysis "
                    + "of critical points handles quickly)", at);
        }
        return product;
    }

    private Rational number() {
        int start = pos;
        int at = column();
        while (!atEnd() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        if (!atEnd() && text.charAt(pos) == '.') {
            pos++;
            while (!atEnd() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
        }
        if (!atEnd() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            int mark = pos;
            pos++;
            if (!atEnd() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            int digits = pos;
            while (!atEnd() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            if (pos == digits) {
                pos = mark;
            }
        }
        String literal = text.substring(start, pos);
        try {
            BigDecimal d = new BigDecimal(literal);
            if (Math.abs(d.scale()) > 1000) {
                throw new ExpressionSyntaxException("number " + literal + " is out of range", at);
            }
            return Rational.of(d);
        } catch (NumberFormatException e) {
            throw new ExpressionSyntaxException("malformed number '" + literal + "'", at);
        }
    }

    private static boolean startsPrimary(char c) {
        return c == '(' || Character.isLetterOrDigit(c) || c == '.';
    }

    private boolean accept(char c) {
        if (!atEnd() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private boolean peek(String s) { return text.startsWith(s, pos); }

    private boolean acceptText(String s) {
        if (peek(s)) {
            pos += s.length();
            return true;
        }
        return false;
    }

    private void skipSpaces() {
        while (!atEnd() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private boolean atEnd() { return pos >= text.length(); }

    private int column() { return pos + 1; }
}

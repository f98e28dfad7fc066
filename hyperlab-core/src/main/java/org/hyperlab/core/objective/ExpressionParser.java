package org.hyperlab.core.objective;

import java.math.BigDecimal;

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
 */
public final class ExpressionParser {
    /** The largest exponent accepted. */
    public static final int MAX_EXPONENT = 64;

    private final String text;
    private int pos;

    private ExpressionParser(String text) {
        this.text = text;
    }

    /** Parses {@code text} into an exact polynomial in x and w. */
    public static XwPolynomial parse(String text) {
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
                acc = acc.multiply(unary());
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
                acc = acc.multiply(power());
            } else {
                return acc;
            }
        }
    }

    private XwPolynomial unary() {
        skipSpaces();
        if (accept('-')) {
            return unary().negate();
        }
        if (accept('+')) {
            return unary();
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
            return base.pow(Integer.parseInt(digits));
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
            XwPolynomial inner = expression();
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

package org.hyperlab.core.objective;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides how a 1-D run ended and explains why, from the objective's exact analysis (nothing canned).
 *
 * <p>Status: {@code diverged} when w or J overflowed; {@code converged} when the last step moved w by at most
 * {@link #TOLERANCE}·max(1, |w|) and |J'(w)| &le; {@link #TOLERANCE}; otherwise {@code not-converged}.
 *
 * <p>The explanation names the critical point the run reached (its kind, and the global minimum when it is
 * another), the basin the start lay in (the interval between the maxima or saddles around it, where J slopes
 * down to one minimum), and for plain gradient descent the stability limit η &lt; 2/J''(w*) at each minimum
 * (linearized at w*, one step multiplies the distance to w* by 1 − η·J''(w*)); for heavy-ball momentum μ the
 * limit is η &lt; 2(1 + μ)/J''(w*).
 */
public final class DescentDiagnosis {
    /** Convergence tolerance on the last step and on the gradient. */
    public static final double TOLERANCE = 1e-6;

    private final ObjectiveAnalysis analysis;
    private final OptimizerSpec spec;
    private final DescentTrace trace;

    private DescentDiagnosis(ObjectiveAnalysis analysis, OptimizerSpec spec, DescentTrace trace) {
        this.analysis = analysis;
        this.spec = spec;
        this.trace = trace;
    }

    /** How the run ended. */
    public static DescentStatus status(Objective1D objective, DescentTrace trace) {
        if (trace.diverged()) {
            return DescentStatus.DIVERGED;
        }
        List<DescentPoint> h = trace.history();
        DescentPoint last = trace.last();
        double step = h.size() < 2 ? 0.0 : Math.abs(last.w() - h.get(h.size() - 2).w());
        boolean still = step <= TOLERANCE * Math.max(1.0, Math.abs(last.w()));
        return still && Math.abs(objective.derivative(last.w())) <= TOLERANCE
                ? DescentStatus.CONVERGED : DescentStatus.NOT_CONVERGED;
    }

    /** One paragraph: where the run ended and why. */
    public static String explain(ObjectiveAnalysis analysis, OptimizerSpec spec, DescentTrace trace) {
        return new DescentDiagnosis(analysis, spec, trace).explain();
    }

    private String explain() {
        DescentStatus status = status(analysis.objective(), trace);
        List<String> s = new ArrayList<>();
        switch (status) {
            case DIVERGED -> diverged(s);
            case CONVERGED -> converged(s);
            default -> notConverged(s);
        }
        adamFirstStep(s);
        return String.join(" ", s);
    }

    private void diverged(List<String> s) {
        DescentPoint last = trace.last();
        s.add("Diverged at epoch " + trace.divergedAtEpoch() + ": the step from w = " + num(last.w()) + " (epoch "
                + last.epoch() + ", J = " + num(last.j()) + ") left the range of double precision (w or J overflowed).");
        if (limitsApply() && !analysis.minima().isEmpty() && analysis.minima().stream().allMatch(m -> spec.lr() >= limit(m))) {
            s.add("η = " + num(spec.lr()) + " is above the stability limit of every minimum (" + limits()
                    + "), and far from the minima |J'| grows like |w|^" + (analysis.objective().degree() - 1)
                    + ", so each step overshoots farther than the last.");
        } else {
            s.add("Each step overshot farther than the last: far from the minima |J'| grows like |w|^"
                    + (analysis.objective().degree() - 1) + ".");
        }
    }

    private void converged(List<String> s) {
        DescentPoint last = trace.last();
        CriticalPoint p = analysis.nearest(last.w()).orElseThrow();
        String where = "Converged to w* = " + p.wText() + " (epoch " + last.epoch() + ": w = " + num(last.w())
                + ", J = " + num(last.j()) + "), " + article(p) + ".";
        s.add(where);
        if (!p.kind().isMinimum()) {
            s.add("J'(w*) = 0 there, so the gradient gives no direction to move: an unstable equilibrium that any"
                    + " perturbation would leave.");
            return;
        }
        s.add(basin(trace.history().get(0).w(), p));
        if (limitsApply()) {
            double factor = 1 - spec.lr() * p.secondDerivative();
            s.add("η = " + num(spec.lr()) + " is below the stability limit " + limitText(p) + " there"
                    + (spec.isPlainGradientDescent() ? " (near w* each step multiplies the distance by 1 − ηJ''(w*) = "
                    + num(factor) + ")." : "."));
        }
    }

    private void notConverged(List<String> s) {
        List<DescentPoint> h = trace.history();
        DescentPoint last = trace.last();
        List<CriticalPoint> minima = analysis.minima();
        if (limitsApply() && !minima.isEmpty() && minima.stream().allMatch(m -> spec.lr() >= limit(m))) {
            int from = Math.max(0, h.size() - 10);
            double lo = h.subList(from, h.size()).stream().mapToDouble(DescentPoint::w).min().orElse(last.w());
            double hi = h.subList(from, h.size()).stream().mapToDouble(DescentPoint::w).max().orElse(last.w());
            s.add("Not converged after " + trace.epochs() + " epochs: η = " + num(spec.lr())
                    + " is above the stability limit of every minimum (" + limits() + "), so descent can settle at"
                    + " none of them and keeps oscillating: over the last " + (h.size() - from) + " epochs w ranged from "
                    + num(lo) + " to " + num(hi) + " (final w = " + num(last.w()) + ", J = " + num(last.j()) + ").");
            return;
        }
        double step = h.size() < 2 ? 0.0 : Math.abs(last.w() - h.get(h.size() - 2).w());
        String head = "Not converged after " + trace.epochs() + " epochs: w = " + num(last.w()) + " (J = "
                + num(last.j()) + ") is still moving (last step " + num(step) + ", J'(w) = "
                + num(analysis.objective().derivative(last.w())) + ")";
        Optional<CriticalPoint> m = analysis.nearestMinimum(last.w());
        if (m.isEmpty()) {
            s.add(head + "; J has no minimum to settle in.");
            return;
        }
        CriticalPoint p = m.get();
        double distance = Math.abs(last.w() - p.wValue());
        s.add(head + ", " + num(distance) + " from the nearest minimum w* = " + p.wText() + ", " + article(p) + ".");
        if (p.kind().isMinimum()) {
            s.add(basin(h.get(0).w(), p));
        }
        if (spec.isPlainGradientDescent() && spec.lr() < limit(p) && distance > TOLERANCE) {
            double factor = Math.abs(1 - spec.lr() * p.secondDerivative());
            if (factor > 0 && factor < 1) {
                long more = (long) Math.ceil(Math.log(TOLERANCE / distance) / Math.log(factor));
                s.add("η = " + num(spec.lr()) + " is stable there (limit " + limitText(p) + ") but small: each step"
                        + " shrinks the distance only by the factor |1 − ηJ''(w*)| = " + num(factor) + ", so about "
                        + more + " more epochs would bring it within " + num(TOLERANCE) + ".");
            }
        }
    }

    /** Where w0 lay: the interval between the maxima/saddles around it, where J slopes down to one minimum. */
    private String basin(double w0, CriticalPoint reached) {
        CriticalPoint left = null;
        CriticalPoint right = null;
        CriticalPoint home = null;
        for (CriticalPoint c : analysis.criticalPoints()) {
            if (c.kind().isMinimum()) {
                continue;
            }
            if (c.wValue() <= w0) {
                left = c;
            } else if (right == null) {
                right = c;
            }
        }
        for (CriticalPoint c : analysis.minima()) {
            boolean inside = (left == null || c.wValue() > left.wValue()) && (right == null || c.wValue() < right.wValue());
            if (inside) {
                home = c;
            }
        }
        String interval = (left == null ? "−∞" : "the " + left.kind().label() + " at w = " + left.wText()) + " and "
                + (right == null ? "+∞" : "the " + right.kind().label() + " at w = " + right.wText());
        if (home != null && home.wValue() == reached.wValue()) {
            return "w0 = " + num(w0) + " lies between " + interval + ", where J slopes down to w* = " + reached.wText() + ".";
        }
        if (left != null && left.wValue() == w0) {
            return "w0 = " + num(w0) + " started exactly at the " + left.kind().label() + ".";
        }
        return "w0 = " + num(w0) + " lies between " + interval + (home == null ? "" : ", whose minimum is w* = "
                + home.wText()) + ", but large steps carried w past " + (reached.wValue() < w0 ? "the left" : "the right")
                + " boundary into the basin of w* = " + reached.wText() + ".";
    }

    private void adamFirstStep(List<String> s) {
        if (!spec.name().equals("adam") || trace.history().size() < 2) {
            return;
        }
        DescentPoint a = trace.history().get(0);
        DescentPoint b = trace.history().get(1);
        s.add("Adam's first step moved w by " + num(Math.abs(b.w() - a.w())) + " ≈ η = " + num(spec.lr())
                + " whatever the gradient (J'(w0) = " + num(analysis.objective().derivative(a.w()))
                + "): it divides the first moment by the root of the second, so its steps have size about η, where"
                + " plain descent would have stepped η·|J'(w0)| = " + num(spec.lr() * Math.abs(analysis.objective().derivative(a.w()))) + ".");
    }

    private boolean limitsApply() { return spec.isPlainGradientDescent() || spec.isHeavyBall(); }

    /** The largest stable learning rate at a minimum (plain or heavy-ball descent). */
    private double limit(CriticalPoint m) {
        double factor = spec.isHeavyBall() ? 2 * (1 + spec.effectiveMomentum()) : 2;
        return m.secondDerivative() > 0 ? factor / m.secondDerivative() : Double.POSITIVE_INFINITY;
    }

    private String limitText(CriticalPoint m) {
        String formula = spec.isHeavyBall() ? "2(1 + μ)/J''(w*)" : "2/J''(w*)";
        String value;
        if (m.isExact() && !spec.isHeavyBall() && m.secondDerivative() != 0) {
            Rational second = analysis.objective().derivative(2).evaluate(m.w());
            value = Rational.of(2).divide(second).toString();
        } else {
            value = num(limit(m));
        }
        return formula + " = " + value;
    }

    private String limits() {
        List<String> out = new ArrayList<>();
        for (CriticalPoint m : analysis.minima()) {
            out.add(limitText(m) + " at w* = " + m.wText());
        }
        return String.join(", ", out);
    }

    private String article(CriticalPoint p) {
        if (p.kind() == CriticalPointKind.GLOBAL_MINIMUM) {
            return "the global minimum (J = " + p.jText() + ")";
        }
        String text = "a " + p.kind().label() + " (J = " + p.jText() + ")";
        List<CriticalPoint> global = analysis.globalMinima();
        if (p.kind().isMinimum() && !global.isEmpty()) {
            text += ", not the global minimum at w = " + global.get(0).wText() + " (J = " + global.get(0).jText() + ")";
        }
        return text;
    }

    private static String num(double v) { return Decimals.of(v, 6); }
}

package org.hyperlab.core.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The ε note on {@link TwoClassExample} (target probability ŷ = ½), where the relative change ε/(ŷ+ε) and so the
 * significant digit it reaches follow from ε alone: ε = ½ gives ½ ("changes entirely"), ε = ¼ gives ⅓ (1st digit).
 */
class EpsilonNoteTest {
    private static String note(double eps) {
        TheoryInput in = TwoClassExample.input(null);
        return EpsilonNote.of(in, TheoryCalculator.decimals(in, 0.0), TheoryCalculator.decimals(in, eps), eps);
    }

    @Test
    void aGivenEpsilonOfAHalfHalvesTheGradientsAndDominatesTheTargetProbability() {
        String note = TheoryCalculator.compute(TwoClassExample.input(0.5)).epsilonNote();
        assertEquals("The worked answer we started from used ε = 1e-6 inside ∂J/∂Ŷ = −Y/(Ŷ+ε), so its numbers differ"
                + " from the exact ones. The values \"with ε\" use ε = 0.5. With ε = 0.5, each observation's non-zero"
                + " ∂J/∂Ŷ entry and its row of ∂J/∂Z are multiplied by ŷ/(ŷ+ε): observation 1 (target probability"
                + " ŷ = 0.5): factor ŷ/(ŷ+ε) = 0.5, so the value changes entirely (ε dominates ŷ). ∂J/∂W moves by up"
                + " to 0.5 (its largest entry is 1).", note);
    }

    @Test
    void withoutAGivenEpsilonTheNoteComparesTheWorkedAnswersOne() {
        String note = TheoryCalculator.compute(TwoClassExample.input(null)).epsilonNote();
        // ε/(ŷ+ε) = 1e-6/0.500001 = 1.999996e-6: the 6th significant digit; ∂J/∂W moves by 1·(1 − 0.999998)
        assertTrue(note.contains("The values above are exact (ε = 0); pass --epsilon 1e-6 to see the worked answer's"
                + " values. With ε = 1e-6,"), note);
        assertTrue(note.contains("factor ŷ/(ŷ+ε) = 1, a relative change of 2e-6, in the 6th significant digit."), note);
        assertTrue(note.contains("∂J/∂W moves by up to 2e-6 (its largest entry is 1)."), note);
    }

    @Test
    void aQuarterChangesTheFirstDigit() {
        // ε/(ŷ+ε) = ¼/¾ = ⅓; factor ⅔
        assertTrue(note(0.25).contains("factor ŷ/(ŷ+ε) = 0.6667, a relative change of 0.3333, in the 1st significant"
                + " digit"), note(0.25));
    }

    @Test
    void justBelowAHalfIsStillAChangeOfTheFirstDigit() {
        // ε = 0.49: ε/(ŷ+ε) = 0.49/0.99 = 0.4949…, below the ½ that would call it a change of the whole value
        assertTrue(note(0.49).contains("a relative change of 0.4949, in the 1st significant digit"), note(0.49));
    }

    @Test
    void ordinalsOfTheDigit() {
        // ε/(ŷ+ε) = ε/(½+ε) ≈ 2ε for small ε, so ε = 2.5·10⁻ᵏ changes the k-th digit; 11 to 13 take "th", not "st", "nd", "rd"
        assertTrue(note(0.05).contains("a relative change of 0.09091, in the 2nd significant digit"), note(0.05));
        assertTrue(note(0.002).contains("in the 3rd significant digit"), note(0.002));
        assertTrue(note(2.5e-11).contains("a relative change of 5e-11, in the 11th significant digit"), note(2.5e-11));
        assertTrue(note(2.5e-12).contains("in the 12th significant digit"), note(2.5e-12));
        assertTrue(note(2.5e-13).contains("in the 13th significant digit"), note(2.5e-13));
        assertTrue(note(2.5e-21).contains("in the 21st significant digit"), note(2.5e-21));
        assertTrue(note(2.5e-22).contains("in the 22nd significant digit"), note(2.5e-22));
        assertTrue(note(2.5e-23).contains("in the 23rd significant digit"), note(2.5e-23));
    }

    @Test
    void aZeroEpsilonChangesNothing() {
        assertTrue(note(0.0).contains("factor ŷ/(ŷ+ε) = 1, no change. ∂J/∂W moves by up to 0 (its largest entry is 1)."),
                note(0.0));
    }
}

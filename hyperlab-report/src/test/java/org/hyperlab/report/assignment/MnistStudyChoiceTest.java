package org.hyperlab.report.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.hyperlab.core.train.Evaluation;
import org.junit.jupiter.api.Test;

class MnistStudyChoiceTest {
    private static MnistTrial.Result result(Integer patience, double validationLoss) {
        MnistTrial trial = new MnistTrial("p" + patience, 100, 1e-3, 32, true, 5, patience);
        Evaluation e = new Evaluation(validationLoss, 0.9, new int[0]);
        return new MnistTrial.Result(trial, null, e, e, e, null, 0);
    }

    @Test
    void theLowestFiniteValidationLossWinsAndDivergenceNeverDoes() {
        var a = result(null, 0.40);
        var b = result(null, Double.NaN);
        var c = result(null, 0.30);
        var d = result(null, Double.NEGATIVE_INFINITY);
        assertSame(c, MnistStudy.best(List.of(a, b, c, d)));
        var first = result(null, 0.30);
        assertSame(first, MnistStudy.best(List.of(first, result(null, 0.30))), "ties go to the first");
    }

    @Test
    void theSmallestPatienceWithinHalfAPercentOfTheBestIsChosen() {
        var p2 = result(2, 0.3020);  // 0.67% worse than the best: not good enough
        var p5 = result(5, 0.3010);  // 0.33% worse: good enough, and smaller than 10
        var p10 = result(10, 0.3000);
        assertSame(p5, MnistStudy.smallestGoodEnough(List.of(p2, p5, p10)));
        var q2 = result(2, 0.3001);
        assertSame(q2, MnistStudy.smallestGoodEnough(List.of(q2, p5, p10)));
    }

    @Test
    void batchLabelsNameFullBatch() {
        assertEquals("batch 32", MnistStudy.batchLabel(32, 1000));
        assertEquals("full batch (1000)", MnistStudy.batchLabel(1000, 1000));
        assertEquals(List.of(32, 128, 500), MnistStudy.batchSizes(500));
    }

    @Test
    void keyNumbersAreRecordedOnce() {
        KeyNumbers k = new KeyNumbers();
        k.put("a", 1.5);
        assertEquals(1.5, k.number("a"));
        assertThrows(IllegalStateException.class, () -> k.put("a", 2.0));
        assertThrows(IllegalArgumentException.class, () -> k.number("missing"));
    }
}

package org.hyperlab.core.run;

import org.hyperlab.core.data.Dataset;
import org.hyperlab.core.loss.SoftmaxCrossEntropy;
import org.hyperlab.core.metrics.ConfusionMatrix;
import org.hyperlab.core.nn.Layer;
import org.hyperlab.core.train.Evaluation;
import org.hyperlab.core.train.Evaluator;

/**
 * The trained model scored on each data set (softmax-cross-entropy loss, argmax of the output against the original
 * labels), and the confusion matrix of the test set (of the validation set when there is no test set): cell
 * (t, p) counts the rows of true class t predicted as p. Absent sets are null.
 */
public record FinalScores(Evaluation train, Evaluation validation, Evaluation test, ConfusionMatrix confusion,
                          String confusionOf) {
    /** Rows per forward pass when scoring; any size gives the same predictions. */
    public static final int EVALUATION_BATCH = 1000;

    /** Scores {@code model} on the three sets of {@code data}. */
    public static FinalScores of(Layer model, TrainingData data) {
        Evaluation train = evaluate(model, data.train());
        Evaluation validation = evaluate(model, data.validation());
        Evaluation test = evaluate(model, data.test());
        Dataset scored = data.test() != null ? data.test() : data.validation();
        Evaluation scoredEvaluation = data.test() != null ? test : validation;
        ConfusionMatrix confusion = scored == null ? null : confusion(scored, scoredEvaluation);
        return new FinalScores(train, validation, test, confusion,
                data.test() != null ? "test" : scored != null ? "validation" : null);
    }

    /** {@code model} scored on {@code data} (null for null), {@link #EVALUATION_BATCH} rows at a time. */
    public static Evaluation evaluate(Layer model, Dataset data) {
        return data == null ? null : Evaluator.evaluate(model, new SoftmaxCrossEntropy(), data, EVALUATION_BATCH);
    }

    /** The confusion matrix of {@code evaluation}'s predictions against {@code data}'s labels. */
    public static ConfusionMatrix confusion(Dataset data, Evaluation evaluation) {
        ConfusionMatrix m = new ConfusionMatrix(data.numClasses());
        for (int i = 0; i < data.size(); i++) {
            m.add(data.labels()[i], evaluation.predictions()[i]);
        }
        return m;
    }
}

package org.hyperlab.cli;

import org.hyperlab.core.data.Dataset;
import org.hyperlab.core.loss.SoftmaxCrossEntropy;
import org.hyperlab.core.metrics.ConfusionMatrix;
import org.hyperlab.core.nn.Layer;
import org.hyperlab.core.train.Evaluation;
import org.hyperlab.core.train.Evaluator;

/**
 * The trained model scored on each data set (argmax of the output against the original labels), and the
 * confusion matrix of the test set (of the validation set when there is no test set). Absent sets are null.
 */
record FinalEvaluation(Evaluation train, Evaluation validation, Evaluation test, ConfusionMatrix confusion,
                       String confusionOf) {
    /** Rows per forward pass; any size gives the same predictions. */
    static final int BATCH = 1000;

    static FinalEvaluation of(Layer model, TrainingData data) {
        Evaluation train = evaluate(model, data.train());
        Evaluation validation = evaluate(model, data.validation());
        Evaluation test = evaluate(model, data.test());
        Dataset scored = data.test() != null ? data.test() : data.validation();
        Evaluation scoredEvaluation = data.test() != null ? test : validation;
        ConfusionMatrix confusion = scored == null ? null : confusion(scored, scoredEvaluation);
        return new FinalEvaluation(train, validation, test, confusion,
                data.test() != null ? "test" : scored != null ? "validation" : null);
    }

    static Evaluation evaluate(Layer model, Dataset data) {
        return data == null ? null : Evaluator.evaluate(model, new SoftmaxCrossEntropy(), data, BATCH);
    }

    static ConfusionMatrix confusion(Dataset data, Evaluation evaluation) {
        ConfusionMatrix m = new ConfusionMatrix(data.numClasses());
        for (int i = 0; i < data.size(); i++) {
            m.add(data.labels()[i], evaluation.predictions()[i]);
        }
        return m;
    }

    static Double accuracy(Evaluation e) {
        return e == null ? null : Json.finiteOrNull(e.accuracy());
    }
}

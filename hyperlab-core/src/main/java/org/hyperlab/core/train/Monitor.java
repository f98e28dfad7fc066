package org.hyperlab.core.train;

import java.util.Locale;

/** A per-epoch quantity that early stopping and the best-epoch choice watch; losses are minimized, accuracies maximized. */
public enum Monitor {
    TRAIN_LOSS("train-loss", false),
    VALIDATION_LOSS("validation-loss", false),
    TRAIN_ACCURACY("train-accuracy", true),
    VALIDATION_ACCURACY("validation-accuracy", true);

    private final String label;
    private final boolean maximize;

    Monitor(String label, boolean maximize) {
        this.label = label;
        this.maximize = maximize;
    }

    public String label() { return label; }

    /** True for accuracies (higher is better), false for losses. */
    public boolean maximize() { return maximize; }

    /** True for the validation quantities, which need a validation set. */
    public boolean needsValidation() { return this == VALIDATION_LOSS || this == VALIDATION_ACCURACY; }

    /** This quantity in {@code metrics}. */
    public double valueOf(EpochMetrics metrics) {
        return switch (this) {
            case TRAIN_LOSS -> metrics.trainLoss();
            case VALIDATION_LOSS -> metrics.validationLoss();
            case TRAIN_ACCURACY -> metrics.trainAccuracy();
            case VALIDATION_ACCURACY -> metrics.validationAccuracy();
        };
    }

    /** Parses {@code validation-loss}, {@code val_loss}, {@code train-accuracy}, … (Keras's names too). */
    public static Monitor parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (t) {
            case "train-loss", "loss", "training-loss" -> TRAIN_LOSS;
            case "validation-loss", "val-loss" -> VALIDATION_LOSS;
            case "train-accuracy", "accuracy", "training-accuracy" -> TRAIN_ACCURACY;
            case "validation-accuracy", "val-accuracy" -> VALIDATION_ACCURACY;
            default -> throw new IllegalArgumentException("monitor: expected one of train-loss, validation-loss, "
                    + "train-accuracy, validation-accuracy, got '" + text + "'");
        };
    }
}

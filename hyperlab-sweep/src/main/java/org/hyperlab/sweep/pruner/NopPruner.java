package org.hyperlab.sweep.pruner;

/** Never prunes. */
public final class NopPruner implements Pruner {
    @Override
    public boolean prune(PruningContext context) {
        return false;
    }
}

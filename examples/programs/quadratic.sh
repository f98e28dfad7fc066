#!/bin/sh
# A trial program in plain POSIX shell: it reads its parameters from the environment hyperlab sets
# (HYPERLAB_PARAM_X, HYPERLAB_PARAM_LR) and reports in the key=value form of the protocol.
# Gradient descent on f(x) = (x - 3)^2 + 1 from x = HYPERLAB_PARAM_X with step HYPERLAB_PARAM_LR, 20 steps;
# the minimum is f(3) = 1.
x="$HYPERLAB_PARAM_X"
lr="$HYPERLAB_PARAM_LR"
step=1
while [ "$step" -le 20 ]; do
  x=$(awk -v x="$x" -v lr="$lr" 'BEGIN { printf "%.12g", x - lr * 2 * (x - 3) }')
  f=$(awk -v x="$x" 'BEGIN { printf "%.12g", (x - 3) * (x - 3) + 1 }')
  echo "step=$step loss=$f"
  step=$((step + 1))
done

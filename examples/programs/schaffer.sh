#!/bin/sh
# Schaffer's problem N.1, two objectives of one parameter: f1 = x^2 and f2 = (x - 2)^2, both minimized.
# No x minimizes both; every x in [0, 2] is Pareto-optimal (the front is f2 = (sqrt(f1) - 2)^2).
# Reads HYPERLAB_PARAM_X and prints one report line with both values.
awk -v x="$HYPERLAB_PARAM_X" 'BEGIN { printf "f1=%.12g f2=%.12g\n", x * x, (x - 2) * (x - 2) }'

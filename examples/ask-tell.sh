#!/bin/sh
# Ask/tell from a shell script: hyperlab proposes the parameters and decides on pruning, the script does the work.
#   sh examples/ask-tell.sh [STORAGE_URL] [TRIALS]        (run from the repository root)
# The study is examples/sweep-shell.yaml's search space (x, lr) under the name shell-ask-tell; each trial runs
# 5 gradient-descent steps on f(x) = (x - 3)^2 + 1 in awk, reports f after each step and stops when told to prune.
set -eu
storage="${1:-jdbc:sqlite:runs/sweeps.db}"
trials="${2:-8}"
hyperlab="${HYPERLAB:-./hyperlab}"
study=shell-ask-tell

"$hyperlab" sweep show "$study" --storage "$storage" >/dev/null 2>&1 \
  || "$hyperlab" sweep create examples/sweep-shell.yaml --study "$study" --trials "$trials" --storage "$storage"

# sweep ask exits 1 once the study's budget of trials is used up, which ends the loop
while assignments="$("$hyperlab" sweep ask "$study" --env --storage "$storage")"; do
  eval "$assignments"   # HYPERLAB_TRIAL, HYPERLAB_PARAM_X, HYPERLAB_PARAM_LR
  x="$HYPERLAB_PARAM_X"
  state=complete
  for step in 1 2 3 4 5; do
    x=$(awk -v x="$x" -v lr="$HYPERLAB_PARAM_LR" 'BEGIN { printf "%.12g", x - lr * 2 * (x - 3) }')
    f=$(awk -v x="$x" 'BEGIN { printf "%.12g", (x - 3) * (x - 3) + 1 }')
    if [ "$("$hyperlab" sweep report "$study" "$HYPERLAB_TRIAL" "$step" "$f" --storage "$storage")" = prune ]; then
      state=pruned
      break
    fi
  done
  if [ "$state" = pruned ]; then
    "$hyperlab" sweep tell "$study" "$HYPERLAB_TRIAL" --state pruned --message "pruned at step $step" --storage "$storage"
  else
    "$hyperlab" sweep tell "$study" "$HYPERLAB_TRIAL" "$f" --storage "$storage"
  fi
done
"$hyperlab" sweep best "$study" --storage "$storage"

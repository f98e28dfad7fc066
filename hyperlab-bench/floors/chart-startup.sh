#!/usr/bin/env bash
# A practical floor for the start-up target of `./hyperlab descend --preset initialization --json`: times a JVM that
# only draws five plain charts to PNG and SVG with the same libraries (ChartStartup.java), given the same help as the
# launcher gives hyperlab (a static class-data archive of its own classes, C1 only). Prints each run's wall seconds
# and the median. Needs the built jar (`./hyperlab --version` builds it) and a JDK (javac, jar).
# Usage: hyperlab-bench/floors/chart-startup.sh [runs, default 7]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
jar="$root/hyperlab-cli/target/hyperlab.jar"
runs="${1:-7}"
if ! [[ "$runs" =~ ^[1-9][0-9]*$ ]]; then
  echo "chart-startup: runs must be a positive integer, got '$runs'" >&2
  exit 2
fi
if [ ! -f "$jar" ]; then
  echo "chart-startup: $jar is missing; build it first with ./hyperlab --version" >&2
  exit 1
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/classes" "$work/out"
javac -cp "$jar" -d "$work/classes" "$root/hyperlab-bench/floors/ChartStartup.java"
jar cf "$work/probe.jar" -C "$work/classes" .
classpath="$jar:$work/probe.jar"
java -Xlog:disable -XX:TieredStopAtLevel=1 -XX:DumpLoadedClassList="$work/classes.lst" -cp "$classpath" ChartStartup "$work/out"
java -Xlog:disable -Xshare:dump -XX:SharedClassListFile="$work/classes.lst" -XX:SharedArchiveFile="$work/probe.jsa" \
  -cp "$classpath" >/dev/null 2>&1 || { echo "chart-startup: the class-data archive could not be made" >&2; exit 1; }
times=()
for _ in $(seq "$runs"); do
  start=$EPOCHREALTIME
  java -Xlog:disable -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile="$work/probe.jsa" -cp "$classpath" ChartStartup "$work/out"
  t=$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN {printf "%.3f", b - a}')
  times+=("$t")
  echo "run: $t s"
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {m = NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; printf "median %.3f s over %d runs (five charts, PNG + SVG, two threads)\n", m, NR}'

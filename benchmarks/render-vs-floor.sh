#!/usr/bin/env bash
# Whole-process timing of `calico render` beside its floor: a process that only reads the official
# file of the same preset and version as plain Jackson trees and writes it back (PlainTreeCopy).
# Prints, per preset (default: every official file of the version), the median wall-clock time of
# RUNS runs of each and their ratio.
#
#   mvn -B -q -DskipTests package
#   benchmarks/render-vs-floor.sh [VERSION] [RUNS] [PRESET...]
#
# Extra JVM options for both processes (the same for each) come from JAVA_OPTS.
set -euo pipefail
cd "$(dirname "$0")/.."

version=${1:-v3.32.1}
runs=${2:-7}
shift $(( $# > 2 ? 2 : $# ))
presets=("$@")
reference=${CALICO_REFERENCE_DIR:-../shared/reference/calico}
if [ ${#presets[@]} -eq 0 ]; then
  for f in "$reference/$version"/manifests/*.yaml; do
    presets+=("$(basename "$f" .yaml)")
  done
fi
cli=calico-cli/target/calico-cli.jar
bench=benchmarks/target/benchmarks.jar
read -r -a jvm <<< "${JAVA_OPTS:-}"

# Median wall-clock seconds of running the given command RUNS times, output discarded.
median() {
  local times=() start end
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s%N)
    "$@" > /dev/null
    end=$(date +%s%N)
    times+=("$(( (end - start) / 1000000 ))")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "%.3f", a[int((NR + 1) / 2)] / 1000 }'
}

printf '%-20s %10s %10s %7s\n' preset render floor ratio
for preset in "${presets[@]}"; do
  official="$reference/$version/manifests/$preset.yaml"
  [ -f "$official" ] || { echo "no official file $official" >&2; exit 2; }
  r=$(median java "${jvm[@]}" -jar "$cli" render --preset "$preset" --version "$version")
  f=$(median java "${jvm[@]}" -cp "$bench" dev.calicokit.benchmarks.PlainTreeCopy "$official")
  printf "%-20s %9ss %9ss %6.2fx\n" "$preset" "$r" "$f" "$(awk -v r="$r" -v f="$f" 'BEGIN { print r / f }')"
done

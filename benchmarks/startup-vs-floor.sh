#!/usr/bin/env bash
# Whole-process start-up of the three commands people run most, beside the floor: a bare Jackson
# process that reads v3.32.1's calico.yaml as trees and writes it back (PlainTreeCopy). Each command is
# timed through the launcher (calico-cli/bin/calico: JVM options for short runs and the class-data
# sharing archive built at package time) and with plain `java -jar`; the runs are interleaved with the
# floor's (paired), and the medians of RUNS runs and their ratios are printed.
#
#   mvn -B -q -DskipTests package
#   benchmarks/startup-vs-floor.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
reference=${CALICO_REFERENCE_DIR:-../shared/reference/calico}
file="$reference/v3.32.1/manifests/calico.yaml"
[ -f "$file" ] || { echo "no $file" >&2; exit 2; }
cli=calico-cli/target/calico-cli.jar
bench=benchmarks/target/benchmarks.jar

. benchmarks/timing.sh

declare -A commands=(
  [fmt]="fmt $file"
  [render]="render --preset calico --version v3.32.1"
  [validate]="validate $file"
)
printf '%-9s %-9s %9s %9s %7s\n' command how time floor ratio
for name in fmt render validate; do
  read -r -a args <<< "${commands[$name]}"
  for how in launcher java-jar; do
    t=() f=()
    for ((i = 0; i < runs; i++)); do
      if [ "$how" = launcher ]; then
        t+=("$(millis calico-cli/bin/calico "${args[@]}")")
      else
        t+=("$(millis java -jar "$cli" "${args[@]}")")
      fi
      f+=("$(millis java -cp "$bench" dev.calicokit.benchmarks.PlainTreeCopy "$file")")
    done
    tm=$(printf '%s\n' "${t[@]}" | median)
    fm=$(printf '%s\n' "${f[@]}" | median)
    printf "%-9s %-9s %8ss %8ss %6.2fx\n" "$name" "$how" "$tm" "$fm" "$(awk -v a="$tm" -v b="$fm" 'BEGIN { print a / b }')"
  done
done

#!/usr/bin/env bash
# Whole-process `calico validate` of N varied policies (PolicyCorpus, the same bytes on every run) beside
# the floor: a bare Jackson process that reads the same file as trees and writes it back (PlainTreeCopy).
# Validate runs with plain `java -Xmx256m -jar` and through the launcher (CALICO_JAVA_OPTS=-Xmx256m), the
# floor as `java -Xmx256m`; the runs are interleaved (paired), and the medians of RUNS runs and the ratios
# are printed.
#
#   mvn -B -q -DskipTests package
#   benchmarks/validate-vs-floor.sh [RUNS] [POLICIES]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
count=${2:-10000}
cli=calico-cli/target/calico-cli.jar
bench=benchmarks/target/benchmarks.jar
file=$(mktemp --suffix=.yaml)
trap 'rm -f "$file"' EXIT
java -cp "$bench" dev.calicokit.benchmarks.PolicyCorpus "$count" "$file"

. benchmarks/timing.sh

# Each run: validate with plain `java -jar`, through the launcher (bin/calico: options for short runs,
# the class-data sharing archive), and the floor.
t=() l=() f=()
for ((i = 0; i < runs; i++)); do
  t+=("$(millis java -Xmx256m -jar "$cli" validate "$file")")
  l+=("$(CALICO_JAVA_OPTS=-Xmx256m millis calico-cli/bin/calico validate "$file")")
  f+=("$(millis java -Xmx256m -cp "$bench" dev.calicokit.benchmarks.PlainTreeCopy "$file")")
done
tm=$(printf '%s\n' "${t[@]}" | median)
lm=$(printf '%s\n' "${l[@]}" | median)
fm=$(printf '%s\n' "${f[@]}" | median)
printf '%s policies (%s bytes), median of %s runs\n' "$count" "$(stat -c %s "$file")" "$runs"
printf '%-9s %-9s %9s %9s %7s\n' command how time floor ratio
printf "%-9s %-9s %8ss %8ss %6.2fx\n" validate java-jar "$tm" "$fm" "$(awk -v a="$tm" -v b="$fm" 'BEGIN { print a / b }')"
printf "%-9s %-9s %8ss %8ss %6.2fx\n" validate launcher "$lm" "$fm" "$(awk -v a="$lm" -v b="$fm" 'BEGIN { print a / b }')"

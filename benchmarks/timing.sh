# Shared by the whole-process comparisons (source it): millis COMMAND... prints the wall-clock
# milliseconds of one run with its output discarded (a failing run is timed too); median reads
# milliseconds, one per line, and prints their median in seconds.
millis() {
  local start end
  start=$(date +%s%N)
  "$@" > /dev/null 2>&1 || true
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}
median() { sort -n | awk '{ a[NR] = $1 } END { printf "%.3f", a[int((NR + 1) / 2)] / 1000 }'; }

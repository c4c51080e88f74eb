#!/usr/bin/env bash
# Long fuzzing run of netlint's readers (the short one is part of `mvn verify`).
#
#   fuzz/run-long.sh [seconds per target] [target ...]
#   fuzz/run-long.sh 3600                      # one hour on each of the four targets
#   fuzz/run-long.sh 600 anyFile archive       # ten minutes on two of them
#
# Targets (src/test/java/dev/netlint/fuzz/ReaderFuzzTest.java): anyFile, dl4jConfiguration, kerasConfiguration,
# archive, archiveDifferential, hdf5. The corpus grows in fuzz/work/corpus/<target> and is reused by the next run;
# crashing inputs are written to fuzz/work/findings/ and the run stops at the first one. Needs only Maven and a JDK
# (Linux, macOS or Windows x86_64/arm64, as Jazzer supports them); works offline once `mvn verify` has run.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-3600}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(anyFile dl4jConfiguration kerasConfiguration archive archiveDifferential hdf5)
fi
work="$PWD/fuzz/work"
mkdir -p "$work/findings" "$work/logs"
summary="$work/summary.txt"
: > "$summary"

nice -n 10 mvn -B -q -o test-compile -Dnetlint.fuzz.skip=true || mvn -B -q test-compile -Dnetlint.fuzz.skip=true

status=0
for target in "${targets[@]}"; do
  mkdir -p "$work/corpus/$target"
  # Jazzer reads jazzer.internal.arg.0, .1, ... up to the first gap: number them in order.
  args=("netlint-fuzz" "$work/corpus/$target")
  if [ "$target" = anyFile ]; then
    args+=("$PWD/src/test/resources/fixtures" "$PWD/src/test/resources/badinput")
  fi
  args+=(-create_missing_dirs=1 "-artifact_prefix=$work/findings/$target-" -timeout=30 "-max_total_time=$seconds")
  props=()
  for i in "${!args[@]}"; do
    props+=("-Djazzer.internal.arg.$i=${args[$i]}")
  done
  log="$work/logs/$target.log"
  touch "$log.start"
  echo "fuzzing $target for ${seconds}s (log: $log)"
  set +e
  JAZZER_FUZZ=1 nice -n 10 mvn -B -o surefire:test -DfailIfNoTests=false -Dsurefire.failIfNoSpecifiedTests=false \
    -Dtest="ReaderFuzzTest#$target" "${props[@]}" '-Djazzer.instrument=dev.netlint.**,io.jhdf.**' \
    > "$log" 2>&1
  rc=$?
  set -e
  runs=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | tail -1 || true)
  crashes=$(find "$work/findings" -name "$target-*" -newer "$log.start" | wc -l)
  finding=$(grep -m1 -o 'FuzzTestFindingException: .*' "$log" || true)
  echo "$target: ${runs:-no libFuzzer summary}; exit $rc; crashing inputs: $crashes ${finding}" | tee -a "$summary"
  if [ $rc -ne 0 ]; then
    status=1
  fi
done
echo "findings (crashing inputs), if any:"
ls -1 "$work/findings" | tee -a "$summary" || true
exit $status

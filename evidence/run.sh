#!/usr/bin/env bash
# Reproduces docs/evidence/results.tsv and the "Measured" block of every rule page.
#
#   evidence/run.sh                 everything: DL4J cases, Keras cases (TensorFlow.js), then the pages
#   evidence/run.sh NL601 NL111     only these rules' rows are measured again; the other rows are kept
#   EVIDENCE_SKIP=tfjs evidence/run.sh   leave a part out: dl4j, tfjs
#
# Needs Java 17, Maven and Node 18+. DL4J trains on the ND4J CPU backend of the pom's `evidence` profile (test scope,
# never a dependency of the plugin); the Keras cases train in pure-JS @tensorflow/tfjs (no native binaries).
# Training runs under `nice -n 10`: two DL4J JVMs and one Node process.
set -euo pipefail
cd "$(dirname "$0")/.."

MVN="mvn -B -q ${MAVEN_ARGS:-}"
OUT=target/evidence
SKIP="${EVIDENCE_SKIP:-}"
RESULTS=docs/evidence/results.tsv
mkdir -p "$OUT"
export OMP_NUM_THREADS=1

# DL4J in two JVMs (every other case each) beside the TensorFlow.js cases: three single-threaded trainers.
pids=()
if [[ ",$SKIP," != *",dl4j,"* ]]; then
  echo "building the harness (-Pevidence, tests skipped) ..."
  $MVN -Pevidence -DskipTests -Dinvoker.skip test-compile
  $MVN -Pevidence dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/evidence.classpath" >/dev/null
  echo "training the DL4J cases (log: $OUT/dl4j-*.log) ..."
  for shard in 0 1; do
    nice -n 10 java -Xmx1g -cp "target/evidence-classes:target/classes:$(cat "$OUT/evidence.classpath")" \
      dev.netlint.evidence.Harness "$OUT/dl4j-$shard.tsv" --shard=$shard/2 "$@" 2> "$OUT/dl4j-$shard.log" &
    pids+=($!)
  done
fi
if [[ ",$SKIP," != *",tfjs,"* ]]; then
  echo "training the Keras cases in TensorFlow.js (log: $OUT/tfjs.log) ..."
  (cd evidence/tfjs && { [ -d node_modules ] || npm ci --no-audit --no-fund; } \
    && nice -n 10 node train.js "../../$OUT/tfjs.tsv" "$@" 2> "../../$OUT/tfjs.log") &
  pids+=($!)
fi
for pid in "${pids[@]}"; do
  wait "$pid"
done

# results.tsv: the rows measured now replace the same rules' rows; rules not measured again keep theirs.
node evidence/merge.mjs "$RESULTS" "$OUT/dl4j-0.tsv" "$OUT/dl4j-1.tsv" "$OUT/tfjs.tsv" -- "$@"
echo "wrote $RESULTS"

echo "writing the Measured blocks of the rule pages and the table of docs/evidence/README.md ..."
[ -d target/test-classes/dev/netlint/docs ] || $MVN -DskipTests -Dinvoker.skip test-compile
java -cp target/test-classes dev.netlint.docs.MeasuredSections .

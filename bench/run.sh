#!/usr/bin/env bash
# Builds what the benchmark needs, runs it, and prints the tables (also written to target/bench/results.md).
#
#   bench/run.sh                        everything (about 20 minutes on 2 cores)
#   bench/run.sh --quick                one fresh JVM per case for the cold figures instead of three, 3 mvn runs
#   bench/run.sh --before d4e63f3       also the warm figures of netlint at an earlier revision (before/after table)
#   BENCH_SKIP=dl4j,maven bench/run.sh  leave parts out: dl4j, cold, keras, scale, maven, mojo
#
# Needs Java 17 and Maven. The ND4J CPU backend of the DL4J baseline comes from the pom's `bench` profile (test scope,
# never a dependency of the plugin). MAVEN_ARGS (e.g. -o) is passed to every Maven call. The mvn-verify scenario
# installs the plugin into a private copy of ~/.m2/repository (target/bench/m2, made once), so that no other build
# on the machine can swap the plugin under it, and ~/.m2 itself is never written to.
set -euo pipefail
cd "$(dirname "$0")/.."

MVN="mvn -B -q ${MAVEN_ARGS:-}"
OUT="${BENCH_OUT:-target/bench}"
COLD_RUNS=3
MAVEN_RUNS=5
SKIP="${BENCH_SKIP:-}"
BEFORE=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) COLD_RUNS=1; MAVEN_RUNS=3 ;;
    --before) BEFORE="$2"; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"

REPO=""
if [[ ",$SKIP," != *",maven,"* ]]; then
  REPO="$OUT/m2"
  if [ ! -d "$REPO" ]; then
    echo "copying ~/.m2/repository to $REPO (once) ..."
    cp -a "${M2_REPOSITORY:-$HOME/.m2/repository}" "$REPO"
  fi
  rm -rf "$REPO/dev/netlint"
  echo "building and installing the plugin into $REPO (tests skipped) ..."
  $MVN -Pbench -DskipTests -Dinvoker.skip -Dmaven.repo.local="$REPO" install
else
  echo "building (tests skipped) ..."
  $MVN -Pbench -DskipTests -Dinvoker.skip package
fi
# netlint as users run it: the plugin's runtime class path, without any ND4J backend.
$MVN dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$OUT/netlint.classpath" >/dev/null
# The DL4J baseline (and the synthetic-config generator, whose DL4J builders need ND4J): plus the backend.
$MVN -Pbench dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/baseline.classpath" >/dev/null

BEFORE_CP=""
if [ -n "$BEFORE" ]; then
  echo "compiling netlint at $BEFORE for the before/after table ..."
  rm -rf "$OUT/before-src" "$OUT/before-classes"
  mkdir -p "$OUT/before-src" "$OUT/before-classes"
  git archive "$BEFORE" src/main/java | tar -x -C "$OUT/before-src"
  find "$OUT/before-src" -name '*.java' > "$OUT/before-sources.txt"
  javac -nowarn -encoding UTF-8 -d "$OUT/before-classes" -cp "$(cat "$OUT/baseline.classpath")" @"$OUT/before-sources.txt"
  BEFORE_CP="$OUT/before-classes:$(cat "$OUT/netlint.classpath")"
fi

java -Dbench.classes=target/bench-classes \
  -Dbench.beforeClasspath="$BEFORE_CP" -Dbench.beforeRevision="$BEFORE" \
  -Dbench.netlintClasspath="target/classes:$(cat "$OUT/netlint.classpath")" \
  -Dbench.baselineClasspath="target/classes:$(cat "$OUT/baseline.classpath")" \
  -Dbench.out="$OUT" -Dbench.coldRuns="$COLD_RUNS" -Dbench.skip="$SKIP" \
  -Dbench.maven.repo="$REPO" -Dbench.maven.runs="$MAVEN_RUNS" \
  -cp "target/bench-classes:target/classes:$(cat "$OUT/netlint.classpath")" dev.netlint.bench.Bench

# The check goal over 1,000 zoo configurations in one JVM against the engine alone (MojoScale): the time outside the
# engine, with CPU time by thread. Maven's API comes from the compile scope (provided), without any ND4J backend.
if [[ ",$SKIP," != *",mojo,"* ]]; then
  echo "check goal over 1,000 files, 8 runs ..."
  $MVN dependency:build-classpath -Dmdep.includeScope=compile -Dmdep.outputFile="$OUT/plugin.classpath" >/dev/null
  rm -rf "$OUT/mojo-project"
  java -cp "target/bench-classes:target/classes:$(cat "$OUT/plugin.classpath")" dev.netlint.maven.MojoScale \
    "$OUT/mojo-project" 1000 8 | grep -E '^(run|median)' | tee "$OUT/mojo.txt"
  printf '\n### check goal, 1,000 files\n\n```\n%s\n```\n' "$(cat "$OUT/mojo.txt")" >> "$OUT/results.md"
fi

# The fixed cost of one engine call (a file holding no model) beside a bare thread hand-off.
echo "fixed cost of one engine call ..."
FIXED=$(java -cp "target/bench-classes:target/classes:$(cat "$OUT/netlint.classpath")" dev.netlint.bench.FixedCost 20 \
  | grep '^RESULT' | tail -1)
ENGINE_US=$(sed -E 's/.*engineCallUs=([^ ]+).*/\1/' <<<"$FIXED")
HANDOFF_US=$(sed -E 's/.*handOffUs=([^ ]+).*/\1/' <<<"$FIXED")
LINE="Fixed cost of one engine call (lint of a 2-byte JSON file holding no model, median): $(printf '%.0f' "$ENGINE_US") µs; round trip of an empty task to a pooled thread and back on this machine: $(printf '%.0f' "$HANDOFF_US") µs."
echo "$LINE"
printf '\n%s\n' "$LINE" >> "$OUT/results.md"

#!/usr/bin/env bash
# A/B of the generated decoder: generates the Azure GA client with a baseline generator (an older
# asyncgen.jar) and with the current one, compiles both beside benchmarks/src/decode-ab/ab/DecodeAB.java
# and runs it: decode / token scan, decode / readTree, decode / openai-java and current / baseline, medians of
# interleaved turns.
# Needs the reactor built with -Pbench (benchmarks/target/classes) and the current generator-core/target/asyncgen.jar.
# Usage (from the repository root): benchmarks/scripts/decode-ab.sh <baseline asyncgen.jar> [warm-up seconds] [turns]
# A baseline jar: git worktree add /tmp/base <commit> && (cd /tmp/base && mvn -q -DskipTests -pl generator-core package)
set -euo pipefail
baseline=$1 warmup=${2:-40} turns=${3:-60}
root=$(pwd) work=$(pwd)/benchmarks/target/decode-ab
current=$root/generator-core/target/asyncgen.jar
for jar in "$baseline" "$current"; do
  [[ -f $jar ]] || { echo "decode-ab: $jar does not exist" >&2; exit 1; }
done
rm -rf "$work" && mkdir -p "$work/classes"
spec=$root/spec/azure-openai-realtime.yaml
java -jar "$baseline" generate --spec "$spec" --package ab.old --output "$work/src" > /dev/null
java -jar "$current" generate --spec "$spec" --package ab.neu --output "$work/src" > /dev/null
mvn -q -o -B -Pbench -pl benchmarks dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" > /dev/null
cp="$(cat "$work/cp.txt"):$root/benchmarks/target/classes"
javac -nowarn -d "$work/classes" -cp "$cp" $(find "$work/src" "$root/benchmarks/src/decode-ab" -name '*.java')
java -Xms1g -Dasyncgen.corpus="${ASYNCGEN_CORPUS:-$root/../shared/corpus}" -cp "$work/classes:$cp" ab.DecodeAB "$warmup" "$turns"

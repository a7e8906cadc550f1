#!/usr/bin/env bash
# A/B of the generated decoder: generates the Azure GA client with a baseline generator (an older
# asyncgen.jar) and with the current one, compiles each against its own runtime jar, and runs
# benchmarks/src/decode-ab/ab/DecodeAB.java, which loads each pair in a class loader of its own: decode / token
# scan, decode / (scan + getText), decode / readTree, decode / openai-java and current / baseline, medians of
# interleaved turns, and the bytes each allocates per event.
# Needs the reactor built with -Pbench (benchmarks/target/classes) and the current generator-core/target/asyncgen.jar.
# Usage (from the repository root):
#   benchmarks/scripts/decode-ab.sh <baseline asyncgen.jar> [warm-up seconds] [turns] [baseline runtime jar] [workload]
# The baseline runtime jar defaults to the current one (enough while the generated code's calls into it have not
# changed); workload is mixed (default), audio-20ms, audio-100ms or audio-1s.
# A baseline: git archive <commit> | tar -x -C /tmp/base && (cd /tmp/base && mvn -q -DskipTests -pl runtime,generator-core -am package)
set -euo pipefail
root=$(pwd) work=$(pwd)/benchmarks/target/decode-ab
baseline=$1 warmup=${2:-40} turns=${3:-60}
current=$root/generator-core/target/asyncgen.jar
runtime=$(ls "$root"/runtime/target/asyncgen-runtime-*.jar | grep -v -- -tests.jar | head -1)
baseline_runtime=${4:-$runtime} workload=${5:-mixed}
for jar in "$baseline" "$current" "$runtime" "$baseline_runtime"; do
  [[ -f $jar ]] || { echo "decode-ab: $jar does not exist" >&2; exit 1; }
done
rm -rf "$work" && mkdir -p "$work/old" "$work/neu" "$work/classes"
spec=$root/spec/azure-openai-realtime.yaml
java -jar "$baseline" generate --spec "$spec" --package ab.old --output "$work/src-old" > /dev/null
java -jar "$current" generate --spec "$spec" --package ab.neu --output "$work/src-neu" > /dev/null
mvn -q -o -B -Pbench -pl benchmarks dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" > /dev/null
# the runtime stays off the shared class path: each side loads its own
cp="$(tr ':' '\n' < "$work/cp.txt" | grep -v 'asyncgen-runtime' | paste -sd:):$root/benchmarks/target/classes"
javac -nowarn -d "$work/old" -cp "$cp:$baseline_runtime" $(find "$work/src-old" -name '*.java')
javac -nowarn -d "$work/neu" -cp "$cp:$runtime" $(find "$work/src-neu" -name '*.java')
javac -nowarn -d "$work/classes" -cp "$cp" $(find "$root/benchmarks/src/decode-ab" -name '*.java')
java -Xms1g -Dasyncgen.corpus="${ASYNCGEN_CORPUS:-$root/../shared/corpus}" -cp "$work/classes:$cp" ab.DecodeAB \
  "$warmup" "$turns" "$workload" "$work/old:$baseline_runtime" "$work/neu:$runtime"

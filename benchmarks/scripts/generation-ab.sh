#!/usr/bin/env bash
# A/B of warm generation: a baseline generator (an older asyncgen.jar) against the current one
# (generator-core/target/asyncgen.jar), each in a class loader of its own in one JVM, on one document; both
# must write the same files byte for byte, then turns alternate which one runs first (GenerationAB).
# Prints the medians and the median per-turn ratio current/baseline of wall time, process CPU time and the
# calling thread's CPU time, and the load average. Run twice: as is (the printing pool as in real use), and
# with ONE_THREAD=1 (-Djava.util.concurrent.ForkJoinPool.common.parallelism=0: the calling thread prints
# every file, so its CPU time is all the work, which other processes on a busy machine hardly move).
# Needs the reactor built with -Pbench (benchmarks/target/classes) or any build of generator-core.
# Usage (from the repository root):
#   benchmarks/scripts/generation-ab.sh <baseline asyncgen.jar> [spec] [warm-up seconds] [turns] [runs per turn]
# A baseline jar: git worktree add /tmp/base <commit> && (cd /tmp/base && mvn -q -DskipTests -pl generator-core -am package)
# The synthetic 2,000-message document: GenerationBench writes it to benchmarks/target/synthetic/.
set -euo pipefail
baseline=$1 spec=${2:-spec/azure-openai-realtime.yaml} warmup=${3:-20} turns=${4:-60} runs=${5:-3}
root=$(pwd) work=$(pwd)/benchmarks/target/generation-ab
current=$root/generator-core/target/asyncgen.jar
for jar in "$baseline" "$current" "$spec"; do
  [[ -f $jar ]] || { echo "generation-ab: $jar does not exist" >&2; exit 1; }
done
rm -rf "$work" && mkdir -p "$work/classes"
cp "$baseline" "$work/baseline.jar" && cp "$current" "$work/current.jar"
javac -nowarn -d "$work/classes" "$root/benchmarks/src/main/java/io/asyncgen/bench/generation/GenerationAB.java"
flags=(-Xms1g)
[[ -n ${ONE_THREAD:-} ]] && flags+=(-Djava.util.concurrent.ForkJoinPool.common.parallelism=0)
java "${flags[@]}" -cp "$work/classes" io.asyncgen.bench.generation.GenerationAB "$work/baseline.jar" \
  "$work/current.jar" "$spec" "$warmup" "$turns" "$runs"

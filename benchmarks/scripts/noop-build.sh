#!/usr/bin/env bash
# No-op build: a small project that generates the Azure GA client with the asyncgen plugin. After a first
# full build, `mvn -o -q compile` again (nothing changed) is timed against `mvn -o -q validate` of the same
# project, runs interleaved (the ratio: the median of the per-run ratios; the load average is recorded before
# and after); the script fails unless the no-op compile left every generated source and every class file
# untouched and the compiler plugin reported nothing to compile.
# Usage: noop-build.sh <mvn> <project dir> <local repository> <result.json> [runs]
set -euo pipefail
mvn=$1 project=$2 repo=$3 out=$4 runs=${5:-5}
cd "$project"
mkdir -p "$(dirname "$out")"
now() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
build() { "$mvn" -o -q -B -Dstyle.color=never -Dmaven.repo.local="$repo" "$@"; }
snapshot() { find target/classes target/generated-sources -type f -printf '%P %T@ %s\n' | sort; }

rm -rf target
# the first build: generates and compiles everything (offline; online only if a plugin is missing)
if ! build compile > first.log 2>&1; then
  echo "noop-build: offline build failed, retrying online:" >&2; tail -20 first.log >&2
  "$mvn" -q -B -Dstyle.color=never -Dmaven.repo.local="$repo" compile
fi
classes=$(find target/classes -name '*.class' | wc -l)
sources=$(find target/generated-sources -name '*.java' | wc -l)
if (( classes == 0 || sources == 0 )); then
  echo "noop-build: the first build produced $sources sources and $classes classes" >&2
  exit 1
fi
before=$(snapshot)
# one untimed no-op build, not quiet, to read what the plugins say
"$mvn" -o -B -Dstyle.color=never -Dmaven.repo.local="$repo" compile > noop.log 2>&1
compiler_message=$(grep -o 'Nothing to compile.*' noop.log | head -1 || true)
asyncgen_message=$(grep -o 'asyncgen: .*up to date.*' noop.log | head -1 || true)
if [[ -z $compiler_message ]]; then
  echo "noop-build: the compiler did not say 'Nothing to compile' on a no-op build:" >&2
  grep -i -A3 'compil' noop.log >&2 || true
  exit 1
fi
: > compile.ns; : > validate.ns; : > generate.ns
load_before=$(cut -d ' ' -f 1 /proc/loadavg 2>/dev/null || echo null)
for ((i = 1; i <= runs; i++)); do
  t0=$(now); build validate; t1=$(now)
  echo $(( (t1 - t0) / 1000 )) >> validate.ns
  t0=$(now); build compile; t1=$(now)
  echo $(( (t1 - t0) / 1000 )) >> compile.ns
  # for the breakdown: the plugin alone (generate-sources runs asyncgen:generate and nothing else)
  t0=$(now); build generate-sources; t1=$(now)
  echo $(( (t1 - t0) / 1000 )) >> generate.ns
done
after=$(snapshot)
load_after=$(cut -d ' ' -f 1 /proc/loadavg 2>/dev/null || echo null)
untouched=true
if [[ "$before" != "$after" ]]; then
  untouched=false
  echo "noop-build: the no-op builds changed files:" >&2
  diff <(echo "$before") <(echo "$after") | head -20 >&2
fi
validate_us=$(median < validate.ns)
compile_us=$(median < compile.ns)
generate_us=$(median < generate.ns)
# the ratio is the median of the per-run ratios (each compile against the validate just before it)
ratio=$(paste validate.ns compile.ns | awk '{print $2 / $1}' | median)
awk -v v="$validate_us" -v c="$compile_us" -v g="$generate_us" -v r="$runs" -v k="$classes" -v s="$sources" -v u="$untouched" \
    -v q="$ratio" -v lb="$load_before" -v la="$load_after" -v cm="$compiler_message" -v am="$asyncgen_message" 'BEGIN {
  printf "{\n  \"runs\": %d,\n  \"validate_median_ms\": %.1f,\n  \"noop_compile_median_ms\": %.1f,\n  \"ratio\": %.2f,\n", r, v / 1000, c / 1000, q
  printf "  \"ratio_of_medians\": %.2f,\n  \"load_before\": %s,\n  \"load_after\": %s,\n", c / v, lb, la
  printf "  \"noop_generate_sources_median_ms\": %.1f,\n", g / 1000
  printf "  \"generated_sources\": %d,\n  \"classes\": %d,\n  \"files_untouched\": %s,\n", s, k, u
  printf "  \"compiler_says\": \"%s\",\n  \"asyncgen_says\": \"%s\"\n}\n", cm, am
}' > "$out"
echo "noop-build: validate $(awk -v v="$validate_us" 'BEGIN{printf "%.0f", v/1000}') ms, no-op compile $(awk -v c="$compile_us" 'BEGIN{printf "%.0f", c/1000}') ms (medians of $runs); $compiler_message; $asyncgen_message"
[[ $untouched == true ]]

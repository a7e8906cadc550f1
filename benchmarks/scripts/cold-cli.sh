#!/usr/bin/env bash
# Cold command line: wall time of `java -jar asyncgen.jar generate` on the GA spec (JVM start included,
# into an empty output folder each time) against `java -version` in the same loop, runs interleaved.
# Usage: cold-cli.sh <java> <asyncgen.jar> <spec.yaml> <work dir> <result.json> [runs]
set -euo pipefail
java=$1 jar=$2 spec=$3 work=$4 out=$5 runs=${6:-7}
if [[ ! -f $jar ]]; then
  echo "cold-cli: $jar does not exist: build generator-core first (mvn -B -DskipTests install)" >&2
  exit 1
fi
mkdir -p "$work" "$(dirname "$out")"
now() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
generate() { "$java" -jar "$jar" generate --spec "$spec" --package bench.cold --output "$work/out" --role client; }

# one untimed round: file cache and CDS archive warm, as for any second invocation of a tool
"$java" -version >/dev/null 2>&1
rm -rf "$work/out"; summary=$(generate)
echo "cold-cli: $summary"
: > "$work/version.ns"; : > "$work/generate.ns"
for ((i = 1; i <= runs; i++)); do
  t0=$(now); "$java" -version >/dev/null 2>&1; t1=$(now)
  echo $(( (t1 - t0) / 1000 )) >> "$work/version.ns"
  rm -rf "$work/out"
  t0=$(now); generate >/dev/null; t1=$(now)
  echo $(( (t1 - t0) / 1000 )) >> "$work/generate.ns"
done
version_us=$(median < "$work/version.ns")
generate_us=$(median < "$work/generate.ns")
files=$(find "$work/out" -name '*.java' | wc -l)
awk -v v="$version_us" -v g="$generate_us" -v r="$runs" -v f="$files" -v s="$summary" 'BEGIN {
  gsub(/"/, "\\\"", s)
  printf "{\n  \"runs\": %d,\n  \"java_version_median_ms\": %.1f,\n  \"generate_median_ms\": %.1f,\n  \"ratio\": %.2f,\n  \"files\": %d,\n  \"cli_summary\": \"%s\"\n}\n", r, v / 1000, g / 1000, g / v, f, s
}' > "$out"
echo "cold-cli: java -version $(awk -v v="$version_us" 'BEGIN{printf "%.0f", v/1000}') ms, generate $(awk -v g="$generate_us" 'BEGIN{printf "%.0f", g/1000}') ms (medians of $runs)"

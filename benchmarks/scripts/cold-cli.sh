#!/usr/bin/env bash
# Cold command line, side by side: wall and CPU time of generating the GA document from a cold JVM (start
# included, into an empty folder each time), for
#   asyncgen       generator-core/target/asyncgen: the launcher (its class-data-sharing archive, short-run flags)
#   asyncgen-nocds the same launcher and flags with the JDK's own archive instead of asyncgen's (the CDS effect)
#   java-jar       java -jar asyncgen.jar, the JVM's defaults
#   modelina       Modelina's command line (npm @asyncapi/modelina-cli, the version in benchmarks/modelina/),
#                  Java models with Jackson annotations from the same document
#   java-version   java -version (the JVM's floor)
# in rounds: each round runs every one once, starting with a different one each round; medians over the
# rounds, and the medians of the per-round ratios. The load average is recorded before, during and after.
# Usage: cold-cli.sh <java> <generator-core/target> <spec.yaml> <benchmarks/modelina> <work dir> <result.json> [rounds]
set -euo pipefail
java=$1 cli=$2 spec=$3 modelina_src=$4 work=$5 out=$6 rounds=${7:-9}
for f in "$cli/asyncgen" "$cli/asyncgen.jar" "$cli/asyncgen.jsa"; do
  [[ -e $f ]] || { echo "cold-cli: $f does not exist: build generator-core first (mvn -B -DskipTests install)" >&2; exit 1; }
done
mkdir -p "$work" "$(dirname "$out")"
work=$(cd "$work" && pwd)

# Modelina, installed from the committed lockfile (exact versions, integrity hashes) into the work folder
modelina=$work/modelina
if ! cmp -s "$modelina_src/package-lock.json" "$modelina/package-lock.json" || [[ ! -x $modelina/node_modules/.bin/modelina ]]; then
  command -v npm >/dev/null || { echo "cold-cli: npm is needed to install Modelina for the comparison" >&2; exit 1; }
  rm -rf "$modelina" && mkdir -p "$modelina"
  cp "$modelina_src/package.json" "$modelina_src/package-lock.json" "$modelina/"
  (cd "$modelina" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null)
fi
modelina_version=$(cd "$modelina" && node -p "require('@asyncapi/modelina-cli/package.json').version")

java_home=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.home = //p')
names=(asyncgen asyncgen-nocds java-jar modelina java-version)
run() {
  local dir=$work/out-$1
  rm -rf "$dir"
  case $1 in
    asyncgen) JAVA_HOME=$java_home "$cli/asyncgen" generate "$spec" --package bench.cold --output "$dir" --role client ;;
    asyncgen-nocds) JAVA_HOME=$java_home ASYNCGEN_JAVA_OPTS="-XX:SharedArchiveFile=$java_home/lib/server/classes.jsa" \
      "$cli/asyncgen" generate "$spec" --package bench.cold --output "$dir" --role client ;;
    java-jar) "$java" -jar "$cli/asyncgen.jar" generate "$spec" --package bench.cold --output "$dir" --role client ;;
    modelina) "$modelina/node_modules/.bin/modelina" generate java "$spec" --packageName bench.cold --javaJackson \
      --output "$dir" ;;
    java-version) "$java" -version ;;
  esac
}
load() { cut -d ' ' -f 1 /proc/loadavg 2>/dev/null || echo null; }

# one untimed round: the file cache warm, as for any second invocation of a tool
for name in "${names[@]}"; do run "$name" >"$work/$name.log" 2>&1 || { cat "$work/$name.log" >&2; exit 1; }; done
echo "cold-cli: asyncgen: $(tail -n 1 "$work/asyncgen.log")"
load_before=$(load)
: >"$work/times"
TIMEFORMAT='%3R %3U %3S'
for ((round = 0; round < rounds; round++)); do
  for ((i = 0; i < ${#names[@]}; i++)); do
    name=${names[(i + round) % ${#names[@]}]}
    { time run "$name" >"$work/$name.log" 2>&1; } 2>"$work/time"
    echo "$round $name $(tail -n 1 "$work/time") $(load)" >>"$work/times"
  done
done
load_after=$(load)
files=$(find "$work/out-asyncgen" -name '*.java' | wc -l)
modelina_files=$(find "$work/out-modelina" -name '*.java' | wc -l)

awk -v rounds="$rounds" -v before="$load_before" -v after="$load_after" -v files="$files" \
    -v mfiles="$modelina_files" -v mversion="$modelina_version" -v summary="$(tail -n 1 "$work/asyncgen.log")" '
  function median(values, n,    i, j, t) {
    for (i = 2; i <= n; i++) for (j = i; j > 1 && values[j - 1] > values[j]; j--) { t = values[j]; values[j] = values[j - 1]; values[j - 1] = t }
    return n % 2 ? values[(n + 1) / 2] : (values[n / 2] + values[n / 2 + 1]) / 2
  }
  { wall[$2, $1] = $3 * 1000; cpu[$2, $1] = ($4 + $5) * 1000; loads[++nl] = $6; seen[$2] = 1 }
  END {
    split("asyncgen asyncgen-nocds java-jar modelina java-version", order, " ")
    gsub(/"/, "\\\"", summary)
    printf "{\n  \"rounds\": %d,\n  \"load_before\": %s,\n  \"load_median\": %.2f,\n  \"load_after\": %s,\n", rounds, before, median(loads, nl), after
    printf "  \"asyncgen_files\": %d,\n  \"modelina_files\": %d,\n  \"modelina_version\": \"%s\",\n  \"asyncgen_summary\": \"%s\",\n", files, mfiles, mversion, summary
    printf "  \"medians\": {\n"
    for (k = 1; k <= 5; k++) {
      n = order[k]
      for (r = 0; r < rounds; r++) { w[r + 1] = wall[n, r]; c[r + 1] = cpu[n, r] }
      printf "    \"%s\": {\"wall_ms\": %.0f, \"cpu_ms\": %.0f}%s\n", n, median(w, rounds), median(c, rounds), k < 5 ? "," : ""
    }
    printf "  },\n  \"ratios\": {\n"
    split("asyncgen/modelina asyncgen/java-jar asyncgen/asyncgen-nocds asyncgen-nocds/java-jar java-jar/modelina", pairs, " ")
    for (k = 1; k <= 5; k++) {
      split(pairs[k], p, "/")
      for (r = 0; r < rounds; r++) { w[r + 1] = wall[p[1], r] / wall[p[2], r]; c[r + 1] = cpu[p[1], r] / cpu[p[2], r] }
      printf "    \"%s\": {\"wall\": %.3f, \"cpu\": %.3f}%s\n", pairs[k], median(w, rounds), median(c, rounds), k < 5 ? "," : ""
    }
    printf "  }\n}\n"
  }' "$work/times" >"$out"
cat "$out"

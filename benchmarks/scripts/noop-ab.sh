#!/usr/bin/env bash
# A/B of the no-op build: the project of noop-build.sh (benchmarks/src/noop-project) built with the plugin
# installed in a baseline local repository and with the one installed in the current local repository, in
# interleaved pairs. Per pair and side: `mvn -o -q validate` then `mvn -o -q compile` (nothing changed),
# wall and CPU time (user + system of the Maven JVM), and, from a separate `mvn -o generate-sources`, the
# time the plugin logs for its own up-to-date check. Prints medians, the median of the per-pair ratios
# compile/validate for each side, and the load average before and after.
# Usage (from the repository root, with both plugins installed, e.g. `mvn -DskipTests -Dinvoker.skip=true
# -pl maven-plugin,runtime,spec -am install -Dmaven.repo.local=<repository>` from each checkout):
#   benchmarks/scripts/noop-ab.sh <baseline local repository> <current local repository> [pairs]
set -euo pipefail
baseline_repo=$1 current_repo=$2 pairs=${3:-9}
root=$(pwd) work=$(pwd)/benchmarks/target/noop-ab
version=$(awk '/<artifactId>asyncgen-parent<\/artifactId>/ {found=1} found && /<version>/ {
  gsub(/.*<version>|<\/version>.*/, ""); print; exit}' "$root/pom.xml")
declare -A repo=([baseline]=$baseline_repo [current]=$current_repo)
rm -rf "$work" && mkdir -p "$work"
for side in baseline current; do
  cp -r "$root/benchmarks/src/noop-project" "$work/$side"
  sed -i "s/@project.version@/$version/g" "$work/$side/pom.xml"
  (cd "$work/$side" && mvn -o -q -B -Dmaven.repo.local="${repo[$side]}" compile > first.log 2>&1) || {
    echo "noop-ab: the first build with ${repo[$side]} failed:" >&2; tail -20 "$work/$side/first.log" >&2; exit 1; }
done
TIMEFORMAT='%R %U %S'
build() { (cd "$work/$1" && mvn -o -q -B -Dstyle.color=never -Dmaven.repo.local="${repo[$1]}" "${@:2}" > /dev/null 2>&1); }
load_before=$(cut -d ' ' -f 1-3 /proc/loadavg)
for ((i = 1; i <= pairs; i++)); do
  for side in baseline current; do
    validate=$( { time build "$side" validate; } 2>&1 )
    compile=$( { time build "$side" compile; } 2>&1 )
    check=$(cd "$work/$side" && mvn -o -B -Dstyle.color=never -Dmaven.repo.local="${repo[$side]}" generate-sources 2>&1 \
      | grep -o 'up to date ([0-9]* files, [0-9]* ms)' | grep -o '[0-9]* ms' | cut -d ' ' -f 1)
    echo "$side $validate $compile ${check:-nan}"
  done
done > "$work/pairs.txt"
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
column() { awk -v s="$1" '$1==s {print '"$2"'}' "$work/pairs.txt" | median; }
echo "noop-ab: $pairs pairs, load average before $load_before, after $(cut -d ' ' -f 1-3 /proc/loadavg)"
for side in baseline current; do
  echo "  $side: validate $(column $side '$2') s wall $(column $side '$3+$4') s CPU;" \
    "no-op compile $(column $side '$5') s wall $(column $side '$6+$7') s CPU;" \
    "compile/validate $(column $side '$5/$2')x wall $(column $side '($6+$7)/($3+$4)')x CPU;" \
    "the plugin's check $(column $side '$8') ms"
done

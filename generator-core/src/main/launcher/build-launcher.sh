#!/usr/bin/env bash
# Puts the command line's launcher beside the jar (target/asyncgen, from src/main/launcher/asyncgen) and
# makes the class-data-sharing archive it starts with (target/asyncgen.jsa): training runs of asyncgen.jar
# record the classes they load, then the JVM writes all of them, parsed and verified, into one file that
# later runs map instead of reading and checking the jar again. Run by the build (package phase).
# Usage: build-launcher.sh <java> <target dir> <2.x document> <3.x document>
# Also writes asyncgen.jsa.java: the Java the archive was made with (an archive fits that JVM only).
set -euo pipefail
java=$1 target=$2 v2=$3 v3=$4
jar=$target/asyncgen.jar archive=$target/asyncgen.jsa work=$target/cds-training
install -m 755 "$(dirname "$0")/asyncgen" "$target/asyncgen"
rm -rf "$work" "$archive" "$archive.java"
mkdir -p "$work"
train() {
  local name=$1
  shift
  "$java" -XX:DumpLoadedClassList="$work/$name.classlist" -jar "$jar" "$@" >"$work/$name.out" 2>&1 \
    || { echo "build-launcher: the training run 'asyncgen $*' failed:" >&2; cat "$work/$name.out" >&2; exit 1; }
}
# what a run of each command loads: generation of both roles (2.x reader), the 3.x reader and a JSON
# description, the help
train generate generate "$v2" --package cds.training --output "$work/out" --role both
train describe describe --format json "$v3"
train help --help
awk '!seen[$0]++' "$work"/*.classlist >"$work/classes.lst"
if ! "$java" -Xshare:dump -XX:SharedClassListFile="$work/classes.lst" -XX:SharedArchiveFile="$archive" \
    -Xlog:disable -Xlog:all=error:stderr -cp "$jar" >"$work/dump.out" 2>&1; then
  # the launcher works without it (it makes one in the user's cache on the first run)
  echo "build-launcher: warning: this Java could not write a class-data-sharing archive:" >&2
  cat "$work/dump.out" >&2
  exit 0
fi
"$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.home = //p' >"$archive.java"
echo "build-launcher: $target/asyncgen, with $(wc -l <"$work/classes.lst") classes in $archive"

#!/usr/bin/env bash
# Builds the benchmarks, runs them (codec and text groups under JMH with -prof gc, then the session group, one JVM
# per library and run; a full run takes the median of three runs per library), profiles the smppkit benchmarks whose
# issue-9 target is missed or not judged, and writes smpp-benchmarks/RESULTS.md.
#
#   smpp-benchmarks/run.sh [--quick | --smoke] [--no-build] [--no-am]
#
#   --quick     short runs (1 fork, 2 x 1 s warm-up, 3 x 1 s measurement; session 2 s + 3 s): under 10 minutes
#               on 2 cores
#   --smoke     checks the harness only (one 200 ms iteration, no warm-up); writes target/bench/RESULTS-smoke.md
#   --no-build  reuse smpp-benchmarks/target/benchmarks.jar
#   --no-am     build only this module, taking the other smppkit modules from the local repository
#
# Extra Maven flags go in MVN_FLAGS (e.g. MVN_FLAGS=-o for offline).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
quick=false
smoke=false
build=true
am=(-am)
for arg in "$@"; do
  case "$arg" in
    --quick) quick=true ;;
    --smoke) smoke=true ;;
    --no-build) build=false ;;
    --no-am) am=() ;;
    *) echo "usage: $0 [--quick | --smoke] [--no-build] [--no-am]" >&2; exit 2 ;;
  esac
done

started=$(date +%s)
out="$here/target/bench"
jar="$here/target/benchmarks.jar"
java_opts=(-Xms512m -Xmx512m)

if $build; then
  # Debian's Maven 3.8 writes colour resets even in batch mode; strip them, as ./smpp does
  (cd "$root" && mvn -B ${MVN_FLAGS:-} -q -Dstyle.color=never -Pbenchmarks -pl smpp-benchmarks "${am[@]}" package \
    -DskipTests) 2>&1 | sed 's/\x1b\[[0-9;]*m//g'
fi
rm -rf "$out"
mkdir -p "$out"

results="$here/RESULTS.md"
if $smoke; then
  jmh_args=(-prof gc -f 1 -wi 0 -i 1 -r 200ms)
  session_args=(--warmup 0.5 --measure 0.5)
  session_runs=1
  jfr_delay=1s
  profile_time=1s
  results="$out/RESULTS-smoke.md"
elif $quick; then
  jmh_args=(-prof gc -f 1 -wi 2 -w 1s -i 3 -r 1s)
  session_args=(--warmup 2 --measure 3)
  session_runs=1
  jfr_delay=3s
  profile_time=3s
else
  jmh_args=(-prof gc -f 2 -wi 5 -w 1s -i 5 -r 2s)
  session_args=(--warmup 5 --measure 10)
  # one session run's rate varies by about a tenth between JVMs: the report keeps the median of three
  session_runs=3
  jfr_delay=6s
  profile_time=8s
fi
# samples are then charged to the line that ran, inlined code included, not to the nearest safepoint
profile_opts=(-XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints)
jmh_args+=(-jvmArgs "${java_opts[*]}" 'io\.github\.smppkit\.bench\.(codec|dlr)\..*')

echo "== JMH: ${jmh_args[*]}"
java "${java_opts[@]}" -cp "$jar" io.github.smppkit.bench.report.JmhRunner --tsv "$out/codec.tsv" -- "${jmh_args[@]}" \
  > "$out/jmh.log" 2>&1 || { tail -50 "$out/jmh.log"; exit 1; }

session_note=""
for run in $(seq 1 "$session_runs"); do
  for lib in smppkit cloudhopper jsmpp raw-nio; do
    echo "== session: $lib ${session_args[*]} (run $run of $session_runs)"
    log="$out/session-$lib-$run.log"
    if ! java "${java_opts[@]}" -cp "$jar" io.github.smppkit.bench.session.SessionBench --library "$lib" \
        "${session_args[@]}" --out "$out/session.tsv" > "$log" 2>&1; then
      reason="$(grep -m1 -E 'Exception|Error' "$log" || true)"
      session_note="$session_note $lib run $run was not measured: ${reason:-see $(basename "$log")}."
      echo "   failed: ${reason:-see $log}"
    fi
  done
done

report=(--codec "$out/codec.tsv" --session "$out/session.tsv")
misses="$(java -cp "$jar" io.github.smppkit.bench.report.ResultsWriter --misses "${report[@]}")"
if [ -n "$misses" ]; then
  echo "== profiling targets missed or not judged: $misses"
  java "${java_opts[@]}" -cp "$jar" io.github.smppkit.bench.report.JmhRunner --tsv "$out/profile.tsv" -- \
    -prof "jfr:dir=$out/jfr-codec" -f 1 -wi 1 -w 1s -i 1 -r "$profile_time" \
    -jvmArgs "${java_opts[*]} ${profile_opts[*]}" "$misses" \
    > "$out/profile.log" 2>&1 || echo "   JFR profiling failed, see profile.log"
  for f in $(find "$out/jfr-codec" -name '*.jfr' | sort); do
    echo "#### $(basename "$(dirname "$f")")"
    java -cp "$jar" io.github.smppkit.bench.report.JfrTop "$f" || true
  done > "$out/codec-profile.txt" 2>&1
fi
if [ "$(java -cp "$jar" io.github.smppkit.bench.report.ResultsWriter --session-missed "${report[@]}")" = true ]; then
  echo "== profiling the smppkit session at window 100 (JFR)"
  # smppkit's own per-PDU JFR events are on whenever a recording runs; switch them off so that the profile shows
  # the session as it runs without JFR
  java_home="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
  off='<setting name="enabled">false</setting></event>'
  sed "s#</configuration>#<event name=\"io.github.smppkit.Pdu\">$off<event name=\"io.github.smppkit.ResponseLatency\">$off</configuration>#" \
    "$java_home/lib/jfr/profile.jfc" > "$out/session.jfc"
  jfr="-XX:StartFlightRecording=delay=$jfr_delay,filename=$out/session.jfr,settings=$out/session.jfc"
  if java "${java_opts[@]}" "${profile_opts[@]}" "$jfr" -cp "$jar" io.github.smppkit.bench.session.SessionBench \
      --library smppkit --windows 100 "${session_args[@]}" --out "$out/session-jfr.tsv" > "$out/session-jfr.log" 2>&1; then
    java -cp "$jar" io.github.smppkit.bench.report.JfrTop "$out/session.jfr" > "$out/jfr.txt" 2>&1 || true
  fi
fi

command="smpp-benchmarks/run.sh $*"
command="$command # JMH: ${jmh_args[*]}; session: SessionBench ${session_args[*]}, median of $session_runs run(s) (JVM ${java_opts[*]})"
java -cp "$jar" io.github.smppkit.bench.report.ResultsWriter "${report[@]}" --codec-profile "$out/codec-profile.txt" \
  --jfr "$out/jfr.txt" --session-note "${session_note# }" --command "$command" --out "$results"
# Cluster group (issue 12): submit+receipt pairs per second through the Redis receipt store, against a local
# redis-server the benchmark starts itself; one op is one pair (the pipelined variant counts each pair of a batch).
if command -v redis-server >/dev/null 2>&1; then
  java "${java_opts[@]}" -jar "$jar" 'io\.github\.smppkit\.bench\.cluster\..*' -f 1 -wi 1 -w 2s -i 3 -r 2s \
    -rf csv -rff "$out/cluster.csv" > "$out/cluster.log" 2>&1
  {
    echo
    echo "## Cluster (issue 12)"
    echo
    echo "\`RedisCorrelationBenchmark\`: record a submitted id and match its receipt through \`RedisReceiptStore\`, 8 threads,"
    echo "local redis-server. Target: at least 10,000 submit+receipt pairs per second."
    echo
    echo "| Benchmark | pairs/s | ± (99.9%) | target |"
    echo "|---|---:|---:|---|"
    tail -n +2 "$out/cluster.csv" | tr -d '"' | while IFS=, read -r name _ _ _ score error _; do
      verdict=$(awk -v s="$score" 'BEGIN { print (s >= 10000 ? "**met**" : "**missed**") }')
      printf '| %s | %.0f | %.0f | %s |\n' "${name##*.}" "$score" "$error" "$verdict"
    done
  } >> "$results"
fi
echo "== wrote $results in $(( $(date +%s) - started )) s"

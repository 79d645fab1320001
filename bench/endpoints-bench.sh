#!/usr/bin/env bash
# Endpoint benchmarks on loopback (port 11162, 127.111.0.0/16). netaudit runs through its launcher (./netaudit, the
# shipped JVM flags), writing the CSV report; wall time and peak RSS by /usr/bin/time, sweep time and packets from
# the summary.
#   corpus - the 240 LibreNMS switch and router recordings of ../shared/corpus/librenms-fdb (or CORPUS) served by
#            Java replay agents in a process of their own (io.netaudit.eval.ReplayAgents), scanned with endpoints
#            and with --no-endpoints, alternating, ROUNDS times each: medians and their ratio. (The checks of
#            every MAC of macs.csv and the per-maker table: bench/endpoints-corpus.sh.)
#   walk   - one switch with a 100,000-entry forwarding table (bench/gen-fdb-recordings.py), replayed by the
#            shared lab's python responder (../shared/lab, max message 1472 bytes): walk speed in rows/s
#   rss    - 8 switches x 125,000 entries = 1,000,000 endpoint MACs in one run: wall time and peak RSS; the agents
#            are Java replay agents in a process of their own (the lab's responder cannot parse 2 million lines
#            within lab-up's 30 s start-up limit on a loaded machine)
# Usage: bench/endpoints-bench.sh [corpus|walk|rss|all] [ROUNDS] [CORPUS]     (default: all, 3 rounds)
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-all}"
rounds="${2:-3}"
corpus="${3:-../shared/corpus/librenms-fdb}"
lab=../shared/lab
port=11162
net=127.111.0.0/24 # the lab (walk); the replay agents use 127.111.1.1 up (corpus, rss)
work=target/bench-endpoints
mkdir -p "$work"
./netaudit --version >/dev/null

# Starts the lab on the recordings of $1 (a folder), state in $2; lab-down on exit. The responder builds a
# device's MIB on its first packet (seconds for a large table): one system GET per device with a long timeout
# warms them all up before anything is measured.
lab_up() {
  local n
  n=$(ls "$1"/*.snmprec | wc -l)
  python3 "$lab/snmplab.py" up --port "$port" --net "$net" --devices 0 --v3 0 --snmprec "$n" \
    --snmprec-dir "$1" --state-dir "$2" >/dev/null
  trap 'python3 "$lab/snmplab.py" down --state-dir "'"$2"'" >/dev/null 2>&1 || true' EXIT
  ./netaudit scan -p "$port" -iL "$2/hosts.txt" --depth system --no-engine-id-probe --timeout 120s \
    --retries 0 --fail-on never -q -o /dev/null
}

lab_down() {
  python3 "$lab/snmplab.py" down --state-dir "$1" >/dev/null 2>&1 || true
  trap - EXIT
}

scan() { # $1 hosts file, $2 report, more arguments for netaudit; prints "wall_s rss_kb sweep_s packets endpoints"
  local hosts="$1" report="$2" err="$work/scan.err"
  shift 2
  /usr/bin/time -f "%e %M" -o "$work/time.txt" ./netaudit scan -p "$port" -iL "$hosts" \
    --timeout 2s --retries 1 --fail-on never --progress never -o "$report" "$@" 2>"$err" || true
  local sweep packets endpoints
  sweep=$(sed -n 's/^netaudit: .* answered, \([0-9.]*\) s,.*/\1/p' "$err")
  packets=$(sed -n 's/^netaudit: .* s, \([0-9]*\) packets sent.*/\1/p' "$err")
  endpoints=$(sed -n 's/^  endpoints: \([0-9]*\) MACs.*/\1/p' "$err")
  echo "$(cat "$work/time.txt") ${sweep:-?} ${packets:-?} ${endpoints:-0}"
  grep -v '^  \|^netaudit: [0-9]' "$err" >&2 || true
}

# Starts Java replay agents for the recordings of folder $1 (hosts file $2) on 127.111.1.1 up; stopped on exit.
agents_up() {
  ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
  rm -f "$2"
  java -cp "target/test-classes:target/classes:$(cat "$work/cp.txt")" io.netaudit.eval.ReplayAgents \
    "$1" 127.111.1.1 "$port" "$2" >"$work/agents.log" 2>&1 &
  agents=$!
  trap 'kill $agents 2>/dev/null || true' EXIT
  for _ in $(seq 1 600); do [[ -f "$2" ]] && break; sleep 0.5; done
  [[ -f "$2" ]] || { echo "replay agents did not start: $(cat "$work/agents.log")" >&2; exit 1; }
}

agents_down() {
  kill "$agents" 2>/dev/null || true
  wait "$agents" 2>/dev/null || true
  trap - EXIT
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

echo "# $(date -u +%FT%TZ) $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg)"

if [[ "$what" == walk || "$what" == all ]]; then
  python3 bench/gen-fdb-recordings.py --out "$work/walk" --switches 1 --entries 100000 >/dev/null
  lab_up "$work/walk" "$work/lab-walk"
  echo "## walk: 1 switch, 100,000 forwarding entries (lab python responder, max message 1472 bytes)"
  echo "run wall_s peak_rss_kb sweep_s packets endpoints rows_per_s"
  for i in $(seq 1 "$rounds"); do
    read -r wall rss sweep packets endpoints < <(scan "$work/lab-walk/hosts.txt" "$work/walk.csv")
    echo "$i $wall $rss $sweep $packets $endpoints $(python3 -c "print(round(100000 / $sweep))")"
  done
  lab_down "$work/lab-walk"
fi

if [[ "$what" == rss || "$what" == all ]]; then
  python3 bench/gen-fdb-recordings.py --out "$work/rss" --switches 8 --entries 125000 >/dev/null
  agents_up "$work/rss" "$work/rss-hosts.txt"
  echo "## rss: 8 switches x 125,000 forwarding entries = 1,000,000 endpoint MACs (Java replay agents)"
  echo "run wall_s peak_rss_kb sweep_s packets endpoints"
  for i in $(seq 1 "$rounds"); do
    echo "$i $(scan "$work/rss-hosts.txt" "$work/rss.csv")"
  done
  echo "report: $(wc -l <"$work/rss.csv") lines, $(du -h "$work/rss.csv" | cut -f1)"
  agents_down
fi

if [[ "$what" == corpus || "$what" == all ]]; then
  [[ -f "$corpus/macs.csv" ]] || { echo "no corpus at $corpus" >&2; exit 1; }
  agents_up "$corpus" "$work/corpus-hosts.txt"
  echo "## corpus: $(wc -l <"$work/corpus-hosts.txt") recordings of $corpus (Java replay agents), endpoints vs --no-endpoints"
  echo "run mode wall_s peak_rss_kb sweep_s packets endpoints load1"
  : >"$work/corpus-with.txt"
  : >"$work/corpus-without.txt"
  for i in $(seq 1 "$rounds"); do
    load=$(cut -d' ' -f1 /proc/loadavg)
    line=$(scan "$work/corpus-hosts.txt" "$work/corpus.csv")
    echo "$i endpoints $line $load"
    echo "$line" | cut -d' ' -f1 >>"$work/corpus-with.txt"
    load=$(cut -d' ' -f1 /proc/loadavg)
    line=$(scan "$work/corpus-hosts.txt" "$work/corpus-no.csv" --no-endpoints)
    echo "$i no-endpoints $line $load"
    echo "$line" | cut -d' ' -f1 >>"$work/corpus-without.txt"
  done
  with=$(median <"$work/corpus-with.txt")
  without=$(median <"$work/corpus-without.txt")
  echo "median wall: endpoints $with s, --no-endpoints $without s, ratio $(python3 -c "print(round($with / $without, 2))")"
  agents_down
fi
echo "# done; load: $(cut -d' ' -f1-3 /proc/loadavg)"

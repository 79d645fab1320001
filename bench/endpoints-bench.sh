#!/usr/bin/env bash
# Endpoint benchmarks on loopback (port 11162, 127.111.0.0/24) with synthetic switch recordings from
# bench/gen-fdb-recordings.py:
#   walk  - one switch with a 100,000-entry forwarding table, replayed by the shared lab's python responder
#           (../shared/lab, max message 1472 bytes): walk speed in rows/s
#   rss   - 8 switches x 125,000 entries = 1,000,000 endpoint MACs in one run: wall time and peak RSS; the agents
#           are Java replay agents in a process of their own (io.netaudit.eval.ReplayAgents: the lab's responder
#           cannot parse 2 million lines within lab-up's 30 s start-up limit on a loaded machine)
# netaudit runs through its launcher (./netaudit, the shipped JVM flags), writing the CSV report.
# Usage: bench/endpoints-bench.sh [walk|rss|all] [ROUNDS]      (default: all 3)
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-all}"
rounds="${2:-3}"
lab=../shared/lab
port=11162
net=127.111.0.0/24
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

scan() { # $1 state dir, $2 report; prints "wall_s rss_kb sweep_s endpoints"
  local err="$work/scan.err"
  /usr/bin/time -f "%e %M" -o "$work/time.txt" ./netaudit scan -p "$port" -iL "$1/hosts.txt" \
    --timeout 2s --retries 1 --fail-on never --progress never -o "$2" 2>"$err" || true
  local sweep endpoints
  sweep=$(sed -n 's/^netaudit: .* answered, \([0-9.]*\) s,.*/\1/p' "$err")
  endpoints=$(sed -n 's/^  endpoints: \([0-9]*\) MACs.*/\1/p' "$err")
  echo "$(cat "$work/time.txt") ${sweep:-?} ${endpoints:-?}"
  grep -v '^  \|^netaudit: [0-9]' "$err" >&2 || true
}

echo "# $(date -u +%FT%TZ) $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg)"

if [[ "$what" == walk || "$what" == all ]]; then
  python3 bench/gen-fdb-recordings.py --out "$work/walk" --switches 1 --entries 100000 >/dev/null
  lab_up "$work/walk" "$work/lab-walk"
  echo "## walk: 1 switch, 100,000 forwarding entries (lab python responder, max message 1472 bytes)"
  echo "run wall_s peak_rss_kb sweep_s endpoints rows_per_s"
  for i in $(seq 1 "$rounds"); do
    read -r wall rss sweep endpoints < <(scan "$work/lab-walk" "$work/walk.csv")
    echo "$i $wall $rss $sweep $endpoints $(python3 -c "print(round(100000 / $sweep))")"
  done
  lab_down "$work/lab-walk"
fi

if [[ "$what" == rss || "$what" == all ]]; then
  python3 bench/gen-fdb-recordings.py --out "$work/rss" --switches 8 --entries 125000 >/dev/null
  ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
  rm -f "$work/rss/hosts.txt"
  java -cp "target/test-classes:target/classes:$(cat "$work/cp.txt")" io.netaudit.eval.ReplayAgents \
    "$work/rss" 127.111.0.1 "$port" >"$work/agents.log" 2>&1 &
  agents=$!
  trap 'kill $agents 2>/dev/null || true' EXIT
  for _ in $(seq 1 600); do [[ -f "$work/rss/hosts.txt" ]] && break; sleep 0.5; done
  echo "## rss: 8 switches x 125,000 forwarding entries = 1,000,000 endpoint MACs (Java replay agents)"
  echo "run wall_s peak_rss_kb sweep_s endpoints"
  for i in $(seq 1 "$rounds"); do
    echo "$i $(scan "$work/rss" "$work/rss.csv")"
  done
  echo "report: $(wc -l <"$work/rss.csv") lines, $(du -h "$work/rss.csv" | cut -f1)"
  kill "$agents" 2>/dev/null || true
  trap - EXIT
fi
echo "# done; load: $(cut -d' ' -f1-3 /proc/loadavg)"

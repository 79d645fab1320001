#!/usr/bin/env bash
# Endpoints over the LibreNMS forwarding/ARP corpus: every recording of ../shared/corpus/librenms-fdb is served by
# an in-process agent on 127.112.x.y and scanned by the CLI (in-process, over UDP), with and without endpoints,
# alternating, ROUNDS times each (default 3); every MAC of the corpus's macs.csv is looked up in the report.
# Writes and prints target/endpoints-corpus.md (checks, per-maker table of endpoint rows, timings, ratio).
# Usage: bench/endpoints-corpus.sh [ROUNDS] [CORPUS_DIR]
set -uo pipefail
cd "$(dirname "$0")/.."
rm -f target/endpoints-corpus.md
uptime
./mvnw -B -q test -Dtest='EndpointCorpusTest#benchmark' -Dnetaudit.fdbBench="${1:-3}" \
  -Dnetaudit.fdbCorpus="${2:-../shared/corpus/librenms-fdb}" -Dsurefire.failIfNoSpecifiedTests=false
status=$?
uptime
if [[ -f target/endpoints-corpus.md ]]; then
  cat target/endpoints-corpus.md
else
  echo "endpoints-corpus: no target/endpoints-corpus.md (corpus folder missing, or the test was skipped)" >&2
  [[ $status -eq 0 ]] && status=1
fi
exit $status

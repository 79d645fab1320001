#!/usr/bin/env bash
# Write speed of the audit history store: one run of N rows (default 50,000, endpoint-shaped) into
# SQLite (a file) and into a real PostgreSQL server that this script's test starts on loopback with
# fsync on (Debian's postgresql binaries; skipped in the table without them), three nights each.
# Prints and writes target/store-bench.md. See docs/scale.md.
# Usage: bench/store-bench.sh [ROWS]
set -uo pipefail
cd "$(dirname "$0")/.."
rm -f target/store-bench.md
uptime
./mvnw -B -q test -Dquick -Dtest=StoreBenchTest -Dnetaudit.storebench=true \
  -Dnetaudit.storebench.rows="${1:-50000}" -Dsurefire.failIfNoSpecifiedTests=false
status=$?
if [[ -f target/store-bench.md ]]; then
  cat target/store-bench.md
else
  echo "store-bench: no target/store-bench.md (see target/surefire-reports)" >&2
  [[ $status -eq 0 ]] && status=1
fi
uptime
exit $status

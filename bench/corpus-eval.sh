#!/usr/bin/env bash
# Accuracy of the whole tool over a folder of snmpsim recordings with an index.csv: every recording is served by
# an in-process agent on 127.66.x.y, scanned by the CLI (in-process, over UDP), and compared with its expected
# status. Writes and prints target/accuracy.md.
# Usage: bench/corpus-eval.sh [CORPUS_DIR]   (default ../shared/corpus/librenms, relative to the repository)
set -uo pipefail
cd "$(dirname "$0")/.."
rm -f target/accuracy.md
./mvnw -B -q test -Dtest=CorpusEvaluationTest -Dnetaudit.corpus="${1:-../shared/corpus/librenms}" -Dsurefire.failIfNoSpecifiedTests=false
status=$?
if [[ -f target/accuracy.md ]]; then
  cat target/accuracy.md
else
  echo "corpus-eval: no target/accuracy.md (corpus folder missing, or the test was skipped)" >&2
  [[ $status -eq 0 ]] && status=1
fi
exit $status

#!/usr/bin/env bash
# How often the tool names the maker of the long tail, and whether the name agrees with LibreNMS's brand: every
# recording of a LibreNMS-indexed folder is served by an in-process agent on 127.66.x.y and scanned by the CLI
# (in-process, over UDP). Writes and prints target/longtail-accuracy.md.
# Usage: bench/longtail-eval.sh [CORPUS_DIR]   (default ../shared/corpus/librenms-more, relative to the repository)
set -uo pipefail
cd "$(dirname "$0")/.."
rm -f target/longtail-accuracy.md
./mvnw -B -q test -Dtest=LongTailEvaluationTest -Dnetaudit.longtail="${1:-../shared/corpus/librenms-more}" -Dsurefire.failIfNoSpecifiedTests=false
status=$?
if [[ -f target/longtail-accuracy.md ]]; then
  cat target/longtail-accuracy.md
else
  echo "longtail-eval: no target/longtail-accuracy.md (corpus folder missing, or the test was skipped)" >&2
  [[ $status -eq 0 ]] && status=1
fi
exit $status

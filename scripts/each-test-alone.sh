#!/usr/bin/env bash
# usage: scripts/each-test-alone.sh [-j JOBS] [FILE...]
# Proves that tests stand alone: lists every test of each file (all test files when none is
# named) and runs each by itself, `node --test --test-name-pattern='^its name$' FILE`, on
# both engines, then names the ones that failed alone. A name shared by the SQLite and the
# PostgreSQL suite selects both, each with its own record. Not part of npm test: one
# process per test takes a while (about 2 s each on 2 cores; -j 2 runs two at a time).
set -euo pipefail
cd "$(dirname "$0")/.."
export TZ=UTC NODE_ENV=test

jobs=1
if [ "${1:-}" = "-j" ]; then jobs=$2; shift 2; fi
if [ $# -eq 0 ]; then mapfile -t files < <(find src e2e -name '*.test.ts' -o -name '*.e2e.ts' | sort); else files=("$@"); fi

# One PostgreSQL cluster and one pair of templates for the whole run, as npm test has.
if [ -z "${TEST_TEMPLATE_SQLITE:-}" ]; then
  exec bash scripts/with-postgres.sh bash scripts/with-templates.sh bash "$0" -j "$jobs" "${files[@]}"
fi

logs=$(mktemp -d /tmp/each-test-alone.XXXXXX)
list="$logs/tests.tsv"
for file in "${files[@]}"; do
  # A pattern that matches nothing: every test is reported as skipped, by name, and none runs.
  node --import tsx --test --test-reporter=./scripts/test-names.mjs --test-name-pattern='(?!)' "$file" \
    | while IFS= read -r pattern; do printf '%s\t%s\n' "$file" "$pattern"; done >> "$list"
done
total=$(wc -l < "$list")
echo "each-test-alone: $total tests in ${#files[@]} files, $jobs at a time; logs in $logs" >&2

run_one() {
  local file=${1%%$'\t'*} pattern=${1#*$'\t'}
  local log
  log="$2/$(printf '%s' "$file$pattern" | md5sum | cut -c1-12).log"
  { echo "$file"; echo "$pattern"; } > "$log"
  if node --import tsx --test --test-reporter=tap --test-name-pattern="$pattern" "$file" >> "$log" 2>&1 \
      && grep -Eq '^# pass [1-9]' "$log" && grep -q '^# fail 0' "$log"; then
    echo "ok    $file  $pattern"
  else
    echo "FAIL  $file  $pattern  ($log)"
  fi
}
export -f run_one

tr '\n' '\0' < "$list" | xargs -0 -P "$jobs" -I{} bash -c 'run_one "$1" "$2"' _ {} "$logs" | tee "$logs/results.txt"
failed=$(grep -c '^FAIL' "$logs/results.txt" || true)
echo "each-test-alone: $((total - failed)) passed, $failed failed (of $total, each run alone)" >&2
[ "$failed" -eq 0 ]

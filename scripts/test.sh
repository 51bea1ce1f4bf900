#!/usr/bin/env bash
# npm test: type-check, scan the views for unescaped output, then every test (rules,
# stores on SQLite and PostgreSQL, HTTP, browser stories) in one node:test run.
set -euo pipefail
cd "$(dirname "$0")/.."
export TZ=UTC NODE_ENV=test

bash scripts/system-deps.sh

echo "== type-check" >&2
npx --no-install tsc --noEmit -p .
echo "== lint" >&2
npx --no-install biome check .
echo "== audit" >&2
bash scripts/audit.sh
echo "== xss-scan" >&2
npx --no-install xss-scan --cwd . >/dev/null

mapfile -t files < <(find src e2e -name '*.test.ts' -o -name '*.e2e.ts' | sort)
echo "== ${#files[@]} test files" >&2
# The CICA pack is migrated and loaded once per engine into templates; each test's record is a copy.
# Two files at a time: on 2 cores node:test would run one (availableParallelism - 1), and a
# file spends much of its time waiting on PostgreSQL, Chromium or a command it started.
exec bash scripts/with-postgres.sh bash scripts/with-templates.sh node --import tsx --test --test-concurrency=2 --test-reporter=spec "${files[@]}"

#!/usr/bin/env bash
# usage: scripts/with-templates.sh COMMAND...
# Runs COMMAND with the CICA pack migrated and loaded once per engine, into templates
# that every test's record is copied from (TEST_TEMPLATE_SQLITE, and TEST_TEMPLATE_PG
# when TEST_POSTGRES_URL names a server; see src/platform/testing/engines.ts), and
# removes them afterwards. Without it a test file makes its own templates, once.
set -euo pipefail
cd "$(dirname "$0")/.."

dir=$(mktemp -d /tmp/secretariat-templates.XXXXXX)
pg=''
cleanup() {
  if [ -n "$pg" ]; then node --import tsx scripts/test-template.ts drop "$pg" || true; fi
  rm -rf "$dir"
}
trap cleanup EXIT

while IFS='=' read -r name value; do
  case "$name" in
    TEST_TEMPLATE_SQLITE) export TEST_TEMPLATE_SQLITE="$value" ;;
    TEST_TEMPLATE_PG) export TEST_TEMPLATE_PG="$value"; pg="$value" ;;
  esac
done < <(node --import tsx scripts/test-template.ts make "$dir")
[ -n "${TEST_TEMPLATE_SQLITE:-}" ] || { echo "with-templates: the templates could not be made" >&2; exit 1; }

"$@"

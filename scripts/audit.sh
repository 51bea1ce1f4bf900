#!/usr/bin/env bash
# npm audit of what ships (production dependencies): a high or critical advisory fails
# npm test, naming the packages. Where the registry's advisory service cannot be asked
# (a mirror that only serves packages answers its POST with 405), it says so loudly and
# goes on: the check did not run, and the banner says it did not.
set -uo pipefail
cd "$(dirname "$0")/.."

out=$(npm audit --omit=dev --json 2>/dev/null)
verdict=$(printf '%s' "$out" | node -e '
  let text = ""; process.stdin.on("data", (c) => (text += c)).on("end", () => {
    let report; try { report = JSON.parse(text); } catch { report = null; }
    const counts = report?.metadata?.vulnerabilities;
    if (!counts) { console.log(`unreachable ${String(report?.message ?? "no answer").split(" - ")[0]}`); return; }
    const serious = Object.entries(report.vulnerabilities ?? {}).filter(([, v]) => v.severity === "high" || v.severity === "critical");
    if (serious.length === 0) console.log(`clean ${counts.total ?? 0} advisories, none high or critical`);
    else console.log(`fail ${serious.map(([name, v]) => `${name} (${v.severity})`).join(", ")}`);
  });')

case "$verdict" in
  clean*) echo "audit: ${verdict#clean }" >&2 ;;
  fail*) echo "audit: high or critical advisories in production dependencies: ${verdict#fail }" >&2; exit 1 ;;
  *) cat >&2 <<BANNER

  ############################################################################
  #  npm audit could NOT run: the registry's advisory service did not answer #
  #  (${verdict#unreachable })
  #  Production dependencies were NOT checked for advisories in this run.     #
  ############################################################################

BANNER
  ;;
esac

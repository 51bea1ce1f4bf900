#!/usr/bin/env bash
# Installs from Debian what the tests need and a fresh machine lacks: Chromium for the
# browser tests, Noto fonts for Cyrillic, poppler for reading PDFs back, and a PostgreSQL
# server for the second engine. Does nothing when all are present; never downloads a
# browser of its own (Debian's chromium is driven by playwright-core).
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
[ -d /usr/share/fonts/truetype/noto ] || missing+=(fonts-noto-core)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)

[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "!! system-deps: missing ${missing[*]} and cannot install them here (not root, or no apt-get)." >&2
  echo "!! Install them with your package manager; the tests that need them will report as skipped." >&2
  exit 0
fi

echo "system-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
